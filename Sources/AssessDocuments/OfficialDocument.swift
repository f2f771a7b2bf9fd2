/// A letter or notice as GB/T 9704-2012 arranges it: 版头, 主体 and 版记, each part in its place.
///
/// Read from the rendered Markdown of a template (`OfficialDocument(markdown:kind:)`), so that the Word file
/// says exactly what the `.md` says; laid out by `DocumentXML`.
public struct OfficialDocument: Sendable, Equatable {
    public enum Kind: Sendable {
        /// 信函格式: red double line under the mark, 发文字号 right-aligned under it.
        case letter
        /// 通用格式: 发文字号 centred under the mark, then a red line.
        case notice
    }

    public var kind: Kind
    /// 发文机关标志.
    public var mark: String
    /// 发文字号, e.g. `昆网信函〔2026〕7号`; nil when the template has none.
    public var number: String?
    /// 标题.
    public var title: String
    /// 主送机关, ending in a full-width colon; nil when the template has none.
    public var recipient: [TextRun]?
    /// 正文: headings (level 1 = 一、, level 2 = （一）), paragraphs and tables.
    public var body: [BodyBlock]
    /// 附件说明 lines (`附件：…`).
    public var attachmentNotes: [[TextRun]]
    /// 署名.
    public var signer: String
    /// 成文日期.
    public var date: String
    /// 附注 (`（联系人：…）`), when there is one.
    public var note: [TextRun]?
    /// The attachment, on a page of its own headed 附件.
    public var attachment: Attachment?
    /// 版记.
    public var record: Record?
}

/// One block of the body as laid out.
public enum BodyBlock: Sendable, Equatable {
    /// A heading of level 1 (一、, 黑体) or 2 (（一）, 楷体).
    case heading(Int, [TextRun])
    /// A paragraph (third and fourth levels 1. and （1） are paragraphs that start with their number).
    case paragraph([TextRun])
    /// A table, the first row its header.
    case table([[[TextRun]]])
}

/// 附件: its label (`附件`), its title and its content.
public struct Attachment: Sendable, Equatable {
    public var label: String
    public var title: String
    public var body: [BodyBlock]
}

/// 版记: 抄送 and the 印发 line, between separator lines at the foot of the last page.
public struct Record: Sendable, Equatable {
    /// `抄送：…`, when there is one.
    public var copyTo: String?
    /// 印发机关.
    public var printer: String
    /// 印发日期 with `印发`, e.g. `2026年10月8日印发`.
    public var printed: String
}
