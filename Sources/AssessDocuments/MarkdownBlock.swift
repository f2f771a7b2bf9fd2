/// One block of the rendered Markdown, as the templates write it (Templates/README.md「公文版式约定」).
enum MarkdownBlock: Equatable {
    /// `#`…`######`: level and text.
    case heading(Int, [TextRun])
    /// A paragraph, a list item (its marker kept for a numbered item, dropped for a bullet) or a quoted line.
    case paragraph([TextRun])
    /// A pipe table: the header row first; the `| --- |` row is not kept.
    case table([[[TextRun]]])
    /// `---` alone on a line: the boundary between the parts of a document.
    case rule

    /// The text of a heading or paragraph (empty for a table or rule).
    var text: String {
        switch self {
        case .heading(_, let runs), .paragraph(let runs): runs.plainText
        case .table, .rule: ""
        }
    }
}
