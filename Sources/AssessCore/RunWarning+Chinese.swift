extension RunWarning {
    /// The warning as the clerk reads it: the one place where a warning becomes Chinese.
    public var chinese: String {
        switch self {
        case let .nearMissFileName(file, tableName, expected):
            "数据目录中的文件 \(file) 看起来是\(tableName)表，但文件名不是 \(expected)，未被读取：如果它就是该表，请改名为 \(expected) 后重新运行。"
        case .editorsTableAbsent:
            Self.absent(tableName: "管理编辑人员", table: "editors", consequence: "按没有登记任何管理编辑人员处理")
        case .systemsTableAbsent:
            Self.absent(tableName: "制度建设", table: "systems", consequence: "按所有单位都没有申报制度处理")
        case let .otherSheetsIgnored(file, firstSheet, otherSheets):
            "\(file) 只读取第一个工作表“\(firstSheet)”，其余工作表 \(otherSheets.map { "“\($0)”" }.joined(separator: "、")) 已忽略："
                + "如数据在其他工作表中，请把它移到第一个位置后重新运行。"
        case let .unknownColumn(file, column):
            "\(file) 的列“\(column)”不是已知列，已忽略。"
        case let .duplicateColumn(file, column, earlier):
            "\(file) 的列“\(column)”与前面的列重复（\(earlier)），使用前面的那一列。"
        case let .previousFileUnused(previousQuarter, path):
            "台账中已有上一季度（\(previousQuarter)）的结果，已按台账判断是否通报；--previous 文件 \(path) 未使用。"
        case let .numberingStartRaised(sequence, start, year, used):
            "\(sequence.option) \(start)：\(year) 年的\(sequence.chinese)已用到 \(used) 号，为免重号，新号从 \(used + 1) 起。"
        case let .calendarEntryIgnored(error):
            "\(error.description)；该条已忽略。"
        case let .firstAssessment(previousQuarter):
            "本季度按首次考核处理，不使用上一季度（\(previousQuarter?.description ?? "上一季度")）的评估结果："
                + "凡触发评估标准的单位一律发整改函，不作通报。"
        case let .workingHoursIgnored(entry):
            "\(WorkingHoursError.invalidInterval(entry).description)；该区间已忽略。"
        case let .calendarYearMissing(year):
            "工作日历缺少\(year)年的法定节假日和调休安排，该年按周一至周五为工作日计算；请在配置 calendar 中补充。"
        }
    }

    private static func absent(tableName: String, table: String, consequence: String) -> String {
        "数据目录中没有\(tableName)表（\(table).csv / .json / .jsonl / .xlsx），\(consequence)；如有该表，请放入数据目录后重新运行。"
    }
}

extension RunWarning.NumberSequence {
    /// The option that sets the sequence's start.
    var option: String {
        switch self {
        case .letters: "--letter-start"
        case .notices: "--notice-start"
        }
    }

    var chinese: String {
        switch self {
        case .letters: "整改函函号"
        case .notices: "通报文号"
        }
    }
}
