import AssessCore
import Foundation

/// The State Council's published holiday schedules (calendar.md), shipped as data in
/// `Resources/official-calendar.json` and read through `Bundle.module`.
///
/// A year counts as covered when the file has an entry with that `year`; a holiday range reaching into
/// another year (2024's 2023-12-30..2024-01-01) marks its days without covering that other year.
public enum OfficialCalendar {
    /// The resource file's shape: per year, holiday dates/ranges and make-up working days.
    struct Schedule: Decodable {
        struct Year: Decodable {
            var year: Int
            var holidays: [String]
            var workdays: [String]
        }
        var years: [Year]
    }

    /// Loads the shipped schedule; throws `OfficialCalendarError` (Chinese message) when the resource is
    /// missing or unreadable — never crashes.
    public static func load() throws -> WorkingCalendar {
        guard let url = Bundle.module.url(forResource: "official-calendar", withExtension: "json") else {
            throw OfficialCalendarError.missingResource
        }
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url)
        } catch {
            throw OfficialCalendarError.unreadable(url.path, String(describing: error))
        }
        return try calendar(fromJSON: bytes, name: url.lastPathComponent)
    }

    /// Builds the calendar from the resource's JSON bytes (also used by tests).
    static func calendar(fromJSON bytes: Data, name: String) throws -> WorkingCalendar {
        let schedule: Schedule
        do {
            schedule = try JSONDecoder().decode(Schedule.self, from: bytes)
        } catch {
            throw OfficialCalendarError.unreadable(name, String(describing: error))
        }
        var holidays = Set<Day>()
        var workdays = Set<Day>()
        var covered = Set<Int>()
        do {
            for year in schedule.years {
                covered.insert(year.year)
                for entry in year.holidays { holidays.formUnion(try days(CalendarEntry.parse(entry, field: "\(year.year) holidays"))) }
                for entry in year.workdays { workdays.formUnion(try days(CalendarEntry.parse(entry, field: "\(year.year) workdays"))) }
            }
        } catch {
            throw OfficialCalendarError.unreadable(name, String(describing: error))
        }
        return WorkingCalendar(holidays: holidays, workdays: workdays, coveredYears: covered)
    }

    private static func days(_ range: DayRange) -> [Day] {
        (range.start.ordinal..<range.end.ordinal).map(Day.init(ordinal:))
    }
}

/// The shipped calendar could not be read: the installation is broken.
public enum OfficialCalendarError: Error, CustomStringConvertible {
    case missingResource
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .missingResource:
            "找不到内置的法定节假日数据文件 official-calendar.json：程序安装不完整，请重新安装。"
        case let .unreadable(name, reason):
            "内置的法定节假日数据文件 \(name) 无法读取（\(reason)）：程序安装可能已损坏，请重新安装。"
        }
    }
}
