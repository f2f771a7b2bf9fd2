import AssessCore
import Foundation
@testable import AssessInput
import Testing

@Suite struct ConfigurationLoaderTests {
    private func parse(_ yaml: String) throws -> Configuration {
        try ConfigurationLoader.parse(yaml, file: "assess.yaml")
    }

    /// The error `yaml` raises; fails the test when it parses.
    private func failure(_ yaml: String) -> ConfigurationError? {
        do {
            _ = try parse(yaml)
            Issue.record("expected a ConfigurationError")
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test(arguments: ["", "\n", "# 只有注释\n", "---\n", "rules:\n#  inactivity_days: 14\n"])
    func emptyFileGivesDefaults(_ yaml: String) throws {
        #expect(try parse(yaml) == Configuration.default)
    }

    @Test func partialOverrideKeepsEverythingElse() throws {
        let configuration = try parse("""
            city: 曲靖市
            rules:
              weights:
                late_fix: 3
              thresholds:
                error_rate_permille: 1.5
              working_hours: ["08:30-12:00", "14:30-18:00"]
            calendar:
              holidays: [2027-01-01, "2027-02-06..2027-02-14"]
            """)
        var expected = Configuration.default
        expected.city = "曲靖市"
        expected.rules.weights.lateFix = 3
        expected.rules.thresholds.errorRatePermille = 1.5
        expected.rules.workingHours = ["08:30-12:00", "14:30-18:00"]
        expected.calendar.holidays = ["2027-01-01", "2027-02-06..2027-02-14"]
        #expect(configuration == expected)
    }

    @Test func requiredSystemsMayBeWrittenInChinese() throws {
        let configuration = try parse("rules:\n  required_systems: [三审, security]\n")
        #expect(configuration.rules.requiredSystems == [.threeReview, .security])
    }

    @Test(arguments: ["学校", "school", "SCHOOL"])
    func categoryOverrideIsMergedOverTheMergedBaseRules(_ key: String) throws {
        let configuration = try parse("""
            rules:
              weights:
                complaint: 4
            category_rules:
              \(key):
                inactivity_days: 30
                caps:
                  late: 10
            """)
        var base = Rules.default
        base.weights.complaint = 4
        #expect(configuration.rules == base)
        var school = base
        school.inactivityDays = 30
        school.caps.late = 10
        #expect(configuration.categoryRules == [.school: school])
        #expect(configuration.rules(for: .school).inactivityDays == 30)
        #expect(configuration.rules(for: .hospital) == base)
    }

    @Test(arguments: [
        ("citty: 曲靖市\n", "citty"),
        ("rules:\n  weights:\n    late_fixx: 3\n", "rules.weights.late_fixx"),
        ("category_rules:\n  学校:\n    inactivity_dayz: 30\n", "category_rules.学校.inactivity_dayz"),
        ("category_rules:\n  医院:\n    weights:\n      city: 1\n", "category_rules.医院.weights.city"),
    ])
    func unknownKeyIsNamed(_ yaml: String, _ key: String) throws {
        let error = try #require(failure(yaml))
        guard case .unknownKey = error else {
            Issue.record("expected unknownKey, got \(error)")
            return
        }
        #expect(error.key == key)
        #expect(error.description.contains("未知的配置项 \(key)"))
        #expect(error.description.contains("assess.yaml"))
    }

    @Test func unknownKeyMessageSaysLineAndAcceptedKeys() throws {
        let error = try #require(failure("city: 昆明市\nrules:\n  weights:\n    late_fixx: 3\n"))
        #expect(error.description.contains("第 4 行"))
        #expect(error.description.contains("late_fix、"))
    }

    @Test(arguments: [
        ("rules:\n  weights:\n    late_fix: 两分\n", "rules.weights.late_fix"),
        ("rules:\n  inactivity_days: 14.5\n", "rules.inactivity_days"),
        ("rules:\n  weights: 3\n", "rules.weights"),
        ("rules:\n  working_hours: 09:00-12:00\n", "rules.working_hours"),
        ("city: [昆明市]\n", "city"),
        ("category_rules:\n  学校:\n    deadlines:\n      general_off_hours: abc\n",
         "category_rules.学校.deadlines.general_off_hours"),
        ("- 一个列表\n", "（整个文件）"),
    ])
    func wrongTypeIsNamed(_ yaml: String, _ key: String) throws {
        let error = try #require(failure(yaml))
        guard case .wrongType = error else {
            Issue.record("expected wrongType, got \(error)")
            return
        }
        #expect(error.key == key)
    }

    @Test(arguments: [
        (["09:00-12:00", "13:00-18"], "rules.working_hours[2]"),
        (["9:00-12:00"], "rules.working_hours[1]"),
        (["12:00-09:00"], "rules.working_hours[1]"),
        (["09:00-24:01"], "rules.working_hours[1]"),
        (["09:00-12:00", "11:00-13:00"], "rules.working_hours[2]"),
        ([], "rules.working_hours"),
        // The rule book cannot read it either (WorkingHours.interval): refused here, not dropped later.
        (["+9:00-12:00"], "rules.working_hours[1]"),
    ])
    func badWorkingHoursAreRefused(_ hours: [String], _ key: String) throws {
        let list = "[" + hours.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        let error = try #require(failure("rules:\n  working_hours: \(list)\n"))
        guard case .invalidValue = error else {
            Issue.record("expected invalidValue, got \(error)")
            return
        }
        #expect(error.key == key)
    }

    /// Surrounding spaces are ignored, as by the rule book that uses the value (inputs.md trims U+0020).
    @Test func workingHoursWithSurroundingSpacesAreAccepted() throws {
        let configuration = try parse("rules:\n  working_hours: [\" 09:00-12:00\", \"13:00-18:00 \"]\n")
        #expect(configuration.rules.workingHours == [" 09:00-12:00", "13:00-18:00 "])
        #expect(WorkingHours.lenient(configuration.rules.workingHours).invalid.isEmpty)
    }

    /// Calendar entries are read by `CalendarEntry.parse`, the reader the run uses.
    @Test func calendarEntriesAreReadAsTheRunReadsThem() throws {
        let configuration = try parse("calendar:\n  holidays: [\" 2027-01-01 \"]\n")
        #expect(configuration.calendar.holidays == [" 2027-01-01 "])
        let error = try #require(failure("calendar:\n  holidays: [\"2027-+1-01\"]\n"))
        #expect(error.key == "calendar.holidays[1]")
    }

    @Test func workingHoursUpToMidnightAreAccepted() throws {
        let configuration = try parse("rules:\n  working_hours: [\"00:00-08:00\", \"20:00-24:00\"]\n")
        #expect(configuration.rules.workingHours == ["00:00-08:00", "20:00-24:00"])
    }

    @Test(arguments: [
        ("rules:\n  weights:\n    complaint: -1\n", "rules.weights.complaint"),
        ("rules:\n  inactivity_days: 0\n", "rules.inactivity_days"),
        ("category_rules:\n  school:\n    caps:\n      late: -5\n", "category_rules.school.caps.late"),
        ("rules:\n  deadlines:\n    serious_off_hours: -120\n", "rules.deadlines.serious_off_hours"),
        ("report_working_days: 0\n", "report_working_days"),
        ("calendar:\n  holidays: [2027-02-30]\n", "calendar.holidays[1]"),
        ("calendar:\n  workdays: [\"2027-02-14..2027-02-01\"]\n", "calendar.workdays[1]"),
        ("category_rules:\n  幼儿园:\n    inactivity_days: 30\n", "category_rules.幼儿园"),
        ("category_rules:\n  学校: {}\n  school: {}\n", "category_rules.school"),
        ("rules:\n  required_systems: [三审, 值班]\n", "rules.required_systems[2]"),
        ("rules:\n  required_systems: [三审, three_review]\n", "rules.required_systems"),
        ("letter_prefix: \"\"\n", "letter_prefix"),
    ])
    func badValuesAreRefused(_ yaml: String, _ key: String) throws {
        let error = try #require(failure(yaml))
        guard case .invalidValue = error else {
            Issue.record("expected invalidValue, got \(error)")
            return
        }
        #expect(error.key == key)
    }

    @Test func syntaxErrorIsReported() throws {
        let error = try #require(failure("rules:\n  weights: [1, 2\n"))
        guard case .syntax = error else {
            Issue.record("expected syntax, got \(error)")
            return
        }
    }

    @Test func defaultTextReadsBackAsTheDefaults() throws {
        let text = DefaultConfigurationText.yaml()
        #expect(try parse(text) == Configuration.default)
    }

    @Test func defaultTextCommentsEveryKey() {
        let lines = DefaultConfigurationText.yaml().split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix("-"), trimmed.contains(":") else { continue }
            #expect(index > 0 && lines[index - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#"),
                    "no comment above: \(line)")
        }
    }

    @Test func loadReadsAFileWithAByteOrderMark() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-config-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data([0xEF, 0xBB, 0xBF] + Array("city: 玉溪市\n".utf8)).write(to: url)
        #expect(try ConfigurationLoader.load(from: url).city == "玉溪市")
        let missing = url.appendingPathExtension("missing")
        #expect(throws: ConfigurationError.unreadable(file: missing.path, reason: "文件不存在或没有读取权限")) {
            try ConfigurationLoader.load(from: missing)
        }
    }
}

@Suite struct RegionOrderConfigurationTests {
    @Test func regionOrderIsReadAndDefaultsToEmpty() throws {
        #expect(Configuration.default.regionOrder.isEmpty)
        let configuration = try ConfigurationLoader.parse("region_order: [市级, 五华区, 盘龙区]\n", file: "assess.yaml")
        #expect(configuration.regionOrder == ["市级", "五华区", "盘龙区"])
        #expect(DefaultConfigurationText.yaml().contains("region_order: []"))
        #expect(DefaultConfigurationText.yaml().contains("# 地区（区县）排列顺序"))
    }
}
