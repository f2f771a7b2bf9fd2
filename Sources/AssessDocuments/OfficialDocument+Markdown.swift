import Foundation

extension OfficialDocument {
    /// Reads a letter or notice from the Markdown its template rendered, by the conventions of
    /// Templates/README.md「公文版式约定」:
    ///
    /// - parts are separated by `---` lines: the main part, then 署名 and 成文日期 (and 附注), then, in any
    ///   order, the attachment (its first line is `附件`) and the 版记 (`抄送：…` and/or a line ending in `印发`);
    /// - in the main part: `#` the 发文机关标志, the paragraph right after it the 发文字号, `##` the 标题,
    ///   the first paragraph after the title ending in `：` the 主送机关, `###` and `####` the first- and
    ///   second-level headings, the last paragraphs starting with `附件：` the 附件说明.
    ///
    /// Throws `DocumentError` naming the missing part when the text does not follow them.
    public init(markdown: String, kind: Kind) throws {
        let parts = MarkdownBlockReader.blocks(markdown).split(separator: .rule, omittingEmptySubsequences: true)
        guard parts.count >= 2 else {
            throw DocumentError.convention("缺少署名部分（正文之后应有一行 ---，其后是发文机关署名和成文日期）")
        }
        self.kind = kind
        var main = Array(parts[0])
        guard case .heading(1, let markRuns)? = main.first else {
            throw DocumentError.convention("缺少发文机关标志（第一行应为“# 发文机关”）")
        }
        mark = markRuns.plainText
        main.removeFirst()
        guard let titleIndex = main.firstIndex(where: { if case .heading(2, _) = $0 { true } else { false } }) else {
            throw DocumentError.convention("缺少标题（应为以“## ”开头的一行）")
        }
        number = main[..<titleIndex].first.map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        title = main[titleIndex].text
        var rest = Array(main[(titleIndex + 1)...])
        recipient = nil
        if case .paragraph(let runs)? = rest.first, runs.plainText.hasSuffix("：") || runs.plainText.hasSuffix(":") {
            recipient = runs
            rest.removeFirst()
        }
        var notes: [[TextRun]] = []
        while case .paragraph(let runs)? = rest.last, runs.plainText.hasPrefix("附件：") || runs.plainText.hasPrefix("附件:") {
            notes.insert(runs, at: 0)
            rest.removeLast()
        }
        attachmentNotes = notes
        body = try rest.map(Self.bodyBlock)

        let signature = parts[1].compactMap { block -> [TextRun]? in
            if case .paragraph(let runs) = block { runs } else { nil }
        }
        guard signature.count >= 2 else {
            throw DocumentError.convention("署名部分应有发文机关署名和成文日期两行（--- 之后）")
        }
        signer = signature[0].plainText
        date = signature[1].plainText
        note = signature.count > 2 ? Array(signature[2...].joined()) : nil

        attachment = nil
        record = nil
        for part in parts.dropFirst(2) {
            if case .paragraph(let runs)? = part.first, Self.isAttachmentLabel(runs.plainText) {
                attachment = try Self.attachment(Array(part))
            } else if let record = Self.record(Array(part)) {
                self.record = record
            } else {
                throw DocumentError.convention(
                    "署名之后的部分应为附件（第一行为“附件”）或版记（“抄送：…”和以“印发”结尾的一行）")
            }
        }
    }

    private static func bodyBlock(_ block: MarkdownBlock) throws -> BodyBlock {
        switch block {
        case .heading(let level, let runs):
            guard level == 3 || level == 4 else {
                throw DocumentError.convention("正文中的标题只能用 ### （一级，一、）和 #### （二级，（一））")
            }
            return .heading(level - 2, runs)
        case .paragraph(let runs): return .paragraph(runs)
        case .table(let rows): return .table(rows)
        case .rule: return .paragraph([])
        }
    }

    private static func isAttachmentLabel(_ text: String) -> Bool {
        text.hasPrefix("附件") && text.count <= 4 && text.dropFirst(2).allSatisfy(\.isNumber)
    }

    private static func attachment(_ part: [MarkdownBlock]) throws -> Attachment {
        var blocks = part
        let label = blocks.removeFirst().text
        var title = ""
        if case .heading(_, let runs)? = blocks.first {
            title = runs.plainText
            blocks.removeFirst()
        }
        return Attachment(label: label, title: title, body: try blocks.map { block in
            if case .heading(_, let runs) = block { return .paragraph(runs) }
            return try bodyBlock(block)
        })
    }

    /// The 版记, or nil when the part has neither `抄送：` nor a line ending in `印发`.
    private static func record(_ part: [MarkdownBlock]) -> Record? {
        let lines = part.map(\.text).filter { !$0.isEmpty }
        let copyTo = lines.first { $0.hasPrefix("抄送") }
        guard let imprint = lines.last(where: { $0.hasSuffix("印发") }) else {
            return copyTo.map { Record(copyTo: $0, printer: "", printed: "") }
        }
        // `{印发机关}  {日期}印发`: the date is the last run of text without a space.
        let trimmed = imprint.trimming(isSpace)
        let isGap = { (character: Character) in character == " " || character == "\u{3000}" }
        if let space = trimmed.lastIndex(where: isGap) {
            let printer = trimmed[..<space].trimming(isGap)
            return Record(copyTo: copyTo, printer: String(printer), printed: String(trimmed[trimmed.index(after: space)...]))
        }
        return Record(copyTo: copyTo, printer: "", printed: String(trimmed))
    }

    /// A space of any width or a tab (what `CharacterSet.whitespaces` holds).
    private static func isSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }
}

extension StringProtocol {
    /// Without the characters `isTrimmed` accepts at either end.
    fileprivate func trimming(_ isTrimmed: (Character) -> Bool) -> SubSequence {
        let head = drop(while: isTrimmed)
        return head.dropLast(head.reversed().prefix(while: isTrimmed).count)
    }
}
