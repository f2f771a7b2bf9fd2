import AssessCore
import XLSXWriter

/// 总览 laid out row by row before it is written: the brief (one A4 portrait page at 9 points), the charts'
/// places, the tables behind the charts, the warnings.
///
/// Nine columns serve every table of the brief: `A` number, `B` unit name, `C` score, `D` decision, `E…I` the
/// problems in words — or, beside the lowest scores, the regions' table (`E` region, `F…I` its figures).
struct OverviewPlan {
    enum Content {
        case text(String)
        case number(Double)
        case blank
    }

    struct Placed {
        var columns: ClosedRange<Int>
        var content: Content
        var format: Format
    }

    struct Row {
        /// Points; nil = the default height.
        var height: Double?
        var cells: [Placed]
    }

    /// Where a chart reads its data.
    enum Source { case regions, supervisors, trend }

    struct PlannedChart {
        var kind: Chart.Kind
        var title: String
        var source: Source
        var categoryColumn: Int
        var series: [(String, Int)]
        var valueName: String
        var rotateLabels: Bool
        var yScale: Double
        /// End of the value axis (full marks for scores); nil = automatic.
        var maximum: Double? = nil
        /// Top row of the chart.
        var row: Int
        /// Starts a new printed page.
        var newPage: Bool
    }

    /// The rows of the tables the charts read, and the filter (on the supervisors' table).
    struct ChartData {
        var regions: ClosedRange<Int>?
        var supervisors: ClosedRange<Int>?
        var trend: ClosedRange<Int>?
        var filter: CellRange?

        func rows(_ source: Source) -> ClosedRange<Int>? {
            switch source {
            case .regions: regions
            case .supervisors: supervisors
            case .trend: trend
            }
        }
    }

    private(set) var rows: [Row] = []
    private var regionRows: ClosedRange<Int>?

    // MARK: - Geometry

    /// Column widths (characters): `B` holds `BriefPage.a4.nameCharacters`, `E` its `regionCharacters` and
    /// `E…I` its `problemCharacters` wide characters a line at 9 points, with room to spare; 76 characters in all,
    /// about 570 of the 698 pixels an A4 portrait page prints between 0.5-inch margins, leaving room for a
    /// wider substitute of the default font (LibreOffice without Calibri or Carlito).
    static let columnWidths: [Double] = [4, 24, 6, 6, 13, 6, 6, 6, 5]
    static let lastColumn = columnWidths.count - 1
    /// A printed line of 9-point text; `BriefPage.a4.lines` of them fill the page.
    static let lineHeight = 13.5
    /// Rows of the default height (15 points) on a page below the brief.
    static let rowsPerPage = 48
    /// Charts span the nine columns (480 pixels at scale 1).
    static let chartXScale = 1.33

    // MARK: - Formats

    enum Style {
        static let body = Format().size(9).middle
        static let wrapped = body.wrapped
        static let decimal2 = body.numbers("0.00")
        static let integer = body.numbers("0")
        static let percent = body.numbers("0.00%")
        static let header = Format.header.size(9).middle.wrapped
        static let section = Format().bold.size(10.5).middle
        static let title = Format().bold.size(14).aligned(.center).middle
        static let subtitle = body.aligned(.center)
        static let label = body.filled(0xF2F2F2).bordered
        static let value = body.bordered.aligned(.right)
        static let note = body.font(0x595959)
        static let noticeText = wrapped.font(0x9C0006)
    }

    // MARK: - Brief

    mutating func brief(_ b: QuarterBrief, content: WorkbookContent) {
        let a = content.assessment
        let all = 0...Self.lastColumn
        add(22, [Placed(columns: all, content: .text("\(a.quarter.chinese)党政群网站及新媒体考核简报"), format: Style.title)])
        add(Self.lineHeight * 2, [Placed(columns: all, content: .text(
            "\(content.configuration.issuer)　统计截止 \(a.asOf.chinese)　发函日期 \(a.issueDate.chinese)　"
                + "整改报告截止 \(a.reportDueDate.chinese)"), format: Style.subtitle.wrapped)])
        figures(b.figures)
        named(b)
        incidents(b)
        lowestAndRegions(b)
    }

    private mutating func figures(_ f: QuarterBrief.Figures) {
        section("一、本季度数字")
        let pairs: [(String, Content, Format)] = [
            ("参评单位数", .number(Double(f.units)), Style.value.numbers("0")),
            ("参评账号数", .number(Double(f.media)), Style.value.numbers("0")),
            ("合格账号数", .number(Double(f.mediaPassed)), Style.value.numbers("0")),
            ("账号合格率", f.mediaPassRate.map { .number($0) } ?? .text("—"), Style.value.numbers("0.00%")),
            ("平均得分", f.averageScore.map { .number($0) } ?? .text("—"), Style.value.numbers("0.00")),
            ("最低得分", f.lowestScore.map { .number($0) } ?? .text("—"), Style.value.numbers("0.00")),
            ("整改函", .number(Double(f.letters)), Style.value.numbers("0")),
            ("通报", .number(Double(f.notices)), Style.value.numbers("0")),
            ("重大问题数", .number(Double(f.majorIncidents)), Style.value.numbers("0")),
            ("拒收行数", .number(Double(f.rejectedRows)), Style.value.numbers("0")),
        ]
        for i in stride(from: 0, to: pairs.count, by: 2) {
            let left = pairs[i], right = pairs[i + 1]
            add(Self.lineHeight, [
                Placed(columns: 0...1, content: .text(left.0), format: Style.label),
                Placed(columns: 2...3, content: left.1, format: left.2),
                Placed(columns: 4...6, content: .text(right.0), format: Style.label),
                Placed(columns: 7...8, content: right.1, format: right.2),
            ])
        }
    }

    private mutating func named(_ b: QuarterBrief) {
        section("二、通报和发整改函的单位（通报 \(b.figures.notices) 家，整改函 \(b.figures.letters) 家）")
        guard !b.named.isEmpty || b.namedMore > 0 else {
            return note("本季度没有单位需要通报或发整改函。")
        }
        header(["序号", "单位名称", "得分", "处理"], problems: "存在的问题（第十九条情形）")
        for (i, u) in b.named.enumerated() {
            add(Self.lineHeight * Double(u.lines), [
                Placed(columns: 0...0, content: .number(Double(i + 1)), format: Style.integer),
                Placed(columns: 1...1, content: .text(u.unit.name), format: Style.wrapped),
                Placed(columns: 2...2, content: .number(u.score), format: Style.decimal2),
                Placed(columns: 3...3, content: .text(u.decision.chinese),
                       format: u.decision == .notice ? Style.noticeText : Style.wrapped),
                Placed(columns: 4...Self.lastColumn, content: .text(u.problems), format: Style.wrapped),
            ])
        }
        if b.namedMore > 0 { note("另有 \(b.namedMore) 家单位，按通报在前、得分从低到高列在「处理决定」工作表。") }
    }

    private mutating func incidents(_ b: QuarterBrief) {
        section("三、重大问题（\(b.figures.majorIncidents) 个）")
        guard !b.incidents.isEmpty || b.incidentsMore > 0 else { return note("本季度没有重大问题。") }
        add(Self.lineHeight, [
            Placed(columns: 0...0, content: .text("序号"), format: Style.header),
            Placed(columns: 1...1, content: .text("单位（账号）"), format: Style.header),
            Placed(columns: 2...3, content: .text("发现时间"), format: Style.header),
            Placed(columns: 4...Self.lastColumn, content: .text("问题类型（严重程度），整改结果"), format: Style.header),
        ])
        for (i, incident) in b.incidents.enumerated() {
            add(Self.lineHeight * Double(incident.lines), [
                Placed(columns: 0...0, content: .number(Double(i + 1)), format: Style.integer),
                Placed(columns: 1...1, content: .text("\(incident.unit.name)（\(incident.mediaName)）"),
                       format: Style.wrapped),
                Placed(columns: 2...3, content: .text(incident.finding.finding.detectedAt.day.description),
                       format: Style.body),
                Placed(columns: 4...Self.lastColumn, content: .text(incident.problem), format: Style.wrapped),
            ])
        }
        if b.incidentsMore > 0 { note("另有 \(b.incidentsMore) 个重大问题，列在「问题明细」工作表（重大问题为“是”）。") }
    }

    private mutating func lowestAndRegions(_ b: QuarterBrief) {
        add(Self.lineHeight, [
            Placed(columns: 0...3, content: .text("四、得分最低的\(b.lowest.count)家单位"), format: Style.section),
            Placed(columns: 4...Self.lastColumn, content: .text("五、分地区情况"), format: Style.section),
        ])
        let headers = ["排名", "单位名称", "得分", "处理", "地区", "单位数", "平均分", "整改函", "通报"]
        add(Self.lineHeight, headers.enumerated().map { Placed(columns: $0...$0, content: .text($1), format: Style.header) })
        let first = rows.count
        for i in 0..<max(b.lowest.count, b.regions.count) {
            var cells: [Placed] = []
            if i < b.lowest.count {
                let u = b.lowest[i]
                cells += [
                    Placed(columns: 0...0, content: .number(Double(i + 1)), format: Style.integer),
                    Placed(columns: 1...1, content: .text(u.unit.name), format: Style.wrapped),
                    Placed(columns: 2...2, content: .number(u.score), format: Style.decimal2),
                    Placed(columns: 3...3, content: .text(u.decision == .noAction ? "—" : u.decision.chinese),
                           format: u.decision == .notice ? Style.noticeText : Style.body),
                ]
            }
            if i < b.regions.count {
                let r = b.regions[i]
                cells += [
                    Placed(columns: 4...4, content: .text(r.name), format: Style.wrapped),
                    Placed(columns: 5...5, content: .number(Double(r.units)), format: Style.integer),
                    Placed(columns: 6...6, content: .number(r.averageScore), format: Style.decimal2),
                    Placed(columns: 7...7, content: .number(Double(r.letters)), format: Style.integer),
                    Placed(columns: 8...8, content: .number(Double(r.notices)), format: Style.integer),
                ]
            }
            add(Self.lineHeight * Double(b.sideBySideLines[i]), cells)
        }
        if !b.regions.isEmpty { regionRows = first...(first + b.regions.count - 1) }
    }

    // MARK: - Charts and their tables

    /// Reserves the charts' rows, two or three to a page, none cut by a page break.
    mutating func charts(_ b: QuarterBrief, content: WorkbookContent) -> [PlannedChart] {
        var planned: [PlannedChart] = []
        let supervisors = Self.supervisorsWithDecisions(b)
        let hasTrend = !OverviewTrend.rows(content).isEmpty
        let fullScore = content.configuration.rules.fullScore
        if !b.regions.isEmpty {
            planned.append(PlannedChart(kind: .column, title: "各地区平均得分（纵轴从0分起）", source: .regions,
                                        categoryColumn: 4, series: [("平均得分", 6)], valueName: "平均得分",
                                        rotateLabels: b.regions.count > 6, yScale: 1, maximum: fullScore,
                                        row: 0, newPage: false))
        }
        if !supervisors.isEmpty {
            planned.append(PlannedChart(kind: .stackedColumn, title: "各主管单位整改函和通报（只列有处理决定的）",
                                        source: .supervisors, categoryColumn: 1, series: [("整改函", 2), ("通报", 3)],
                                        valueName: "单位数", rotateLabels: supervisors.count > 4,
                                        yScale: supervisors.count > 8 ? 1.3 : 1, row: 0, newPage: false))
        }
        if hasTrend {
            planned.append(PlannedChart(kind: .line, title: "历季度整改函与通报", source: .trend, categoryColumn: 1,
                                        series: [("整改函", 3), ("通报", 4)], valueName: "单位数", rotateLabels: false,
                                        yScale: 1, row: 0, newPage: false))
            planned.append(PlannedChart(kind: .line, title: "历季度平均得分（纵轴从0分起）", source: .trend,
                                        categoryColumn: 1, series: [("平均得分", 5)], valueName: "平均得分",
                                        rotateLabels: false, yScale: 1, maximum: fullScore, row: 0, newPage: false))
        }
        var used = 0
        for i in planned.indices {
            let height = Int((288 * planned[i].yScale / 20).rounded(.up)) + 2
            if used > 0, used + height > Self.rowsPerPage {
                planned[i].newPage = true
                used = 0
            }
            planned[i].row = rows.count
            rows += Array(repeating: Row(height: nil, cells: []), count: height)
            used += height
        }
        return planned
    }

    /// The tables the charts read (regions are the brief's own table): supervisors with a letter or notice, and
    /// the trend of the quarters.
    mutating func chartData(_ b: QuarterBrief, content: WorkbookContent) -> ChartData {
        var data = ChartData(regions: regionRows)
        let supervisors = Self.supervisorsWithDecisions(b)
        let trend = OverviewTrend.rows(content)
        guard !supervisors.isEmpty || !trend.isEmpty else { return data }
        section("图表数据")
        if !supervisors.isEmpty {
            let header = rows.count
            add(nil, ["主管单位", "整改函", "通报"].enumerated().map {
                Placed(columns: ($0 + 1)...($0 + 1), content: .text($1), format: Style.header)
            })
            for s in supervisors {
                add(nil, [Placed(columns: 1...1, content: .text(s.name), format: Style.body),
                          Placed(columns: 2...2, content: .number(Double(s.letters)), format: Style.integer),
                          Placed(columns: 3...3, content: .number(Double(s.notices)), format: Style.integer)])
            }
            data.supervisors = (header + 1)...(rows.count - 1)
            data.filter = CellRange(firstRow: header, firstColumn: 1, lastRow: rows.count - 1, lastColumn: 3)
            add(nil, [])
        }
        if !trend.isEmpty {
            let header = rows.count
            add(nil, ["季度", "单位数", "整改函", "通报", "平均得分"].enumerated().map {
                Placed(columns: ($0 + 1)...($0 + 1), content: .text($1), format: Style.header)
            })
            for t in trend {
                add(nil, [Placed(columns: 1...1, content: .text(t.quarter.description), format: Style.body),
                          Placed(columns: 2...2, content: .number(Double(t.units)), format: Style.integer),
                          Placed(columns: 3...3, content: .number(Double(t.letters)), format: Style.integer),
                          Placed(columns: 4...4, content: .number(Double(t.notices)), format: Style.integer),
                          Placed(columns: 5...5, content: .number(t.averageScore), format: Style.decimal2)])
            }
            data.trend = (header + 1)...(rows.count - 1)
        }
        return data
    }

    /// The run's warnings for the clerk, after everything else.
    mutating func warnings(_ warnings: [String]) {
        guard !warnings.isEmpty else { return }
        add(nil, [])
        section("提示")
        for w in warnings {
            add(Self.lineHeight * 2, [Placed(columns: 0...Self.lastColumn, content: .text(w), format: Style.wrapped)])
        }
    }

    /// Supervisors with at least one letter or notice (a chart leaves out all-zero categories).
    static func supervisorsWithDecisions(_ b: QuarterBrief) -> [QuarterBrief.Group] {
        b.supervisors.filter { $0.letters + $0.notices > 0 }
    }

    // MARK: - Rows

    private mutating func add(_ height: Double?, _ cells: [Placed]) { rows.append(Row(height: height, cells: cells)) }

    private mutating func section(_ title: String) {
        add(Self.lineHeight, [Placed(columns: 0...Self.lastColumn, content: .text(title), format: Style.section)])
    }

    private mutating func note(_ text: String) {
        add(Self.lineHeight, [Placed(columns: 0...Self.lastColumn, content: .text(text), format: Style.note)])
    }

    private mutating func header(_ titles: [String], problems: String) {
        add(Self.lineHeight, titles.enumerated().map { Placed(columns: $0...$0, content: .text($1), format: Style.header) }
            + [Placed(columns: titles.count...Self.lastColumn, content: .text(problems), format: Style.header)])
    }

    /// Writes the rows in order: heights first, then cells (merged where they span columns).
    func write(into sheet: Worksheet) throws {
        for (r, row) in rows.enumerated() {
            if let height = row.height { try sheet.setRowHeight(height, row: r) }
            for cell in row.cells {
                let range = CellRange(firstRow: r, firstColumn: cell.columns.lowerBound, lastRow: r,
                                      lastColumn: cell.columns.upperBound)
                let text: String = if case .text(let t) = cell.content { TableWriter.cellText(t) } else { "" }
                if cell.columns.count > 1 {
                    try sheet.merge(range, text, format: cell.format)
                } else if case .text = cell.content {
                    try sheet.write(text, row: r, column: cell.columns.lowerBound, format: cell.format)
                } else if case .blank = cell.content {
                    try sheet.writeBlank(row: r, column: cell.columns.lowerBound, format: cell.format)
                }
                if case .number(let value) = cell.content, value.isFinite {
                    try sheet.write(value, row: r, column: cell.columns.lowerBound, format: cell.format)
                }
            }
        }
    }
}

/// Earlier quarters from the ledger plus this one (computed here when the ledger lacks it), oldest first;
/// empty when there is no earlier quarter.
enum OverviewTrend {
    static func rows(_ content: WorkbookContent) -> [QuarterTrend] {
        let a = content.assessment
        var byQuarter: [Quarter: QuarterTrend] = [:]
        for t in content.trend where t.quarter <= a.quarter { byQuarter[t.quarter] = t }
        guard byQuarter.keys.contains(where: { $0 < a.quarter }) else { return [] }
        if byQuarter[a.quarter] == nil {
            let scores = a.units.map(\.score)
            byQuarter[a.quarter] = QuarterTrend(
                quarter: a.quarter, units: a.units.count, letters: a.units.filter { $0.decision == .letter }.count,
                notices: a.units.filter { $0.decision == .notice }.count,
                averageScore: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count))
        }
        return byQuarter.values.sorted { $0.quarter < $1.quarter }
    }
}
