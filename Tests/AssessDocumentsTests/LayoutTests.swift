import Foundation
import Testing

/// Page setup, fonts, 版头, 版记 and page numbers of SampleData's letters and notice, as python-docx reads them
/// (documents.md "Layout").
@Suite struct LayoutTests {
    static let documents = ["notice.docx", "letters/KM011.docx", "letters/KM016.docx"]

    @Test(arguments: documents) func a4WithTheMarginsAndTwentyTwoLines(_ path: String) throws {
        let page = try SampleDocuments.docx(path).page
        #expect(page.width == 210 && page.height == 297)
        #expect(page.top == 37 && page.bottom == 35 && page.left == 28 && page.right == 26)
        let textHeight = 16838 - 2098 - 1984
        #expect(page.linePitch * 22 <= textHeight && page.linePitch * 23 > textHeight)
    }

    @Test func twentyEightCharactersALineOfSixteenPoints() throws {
        let normal = try #require(try SampleDocuments.docx("notice.docx").styles["Normal"])
        #expect(normal.size == 16 && normal.lineRule == "exact" && normal.line == 579)
        let pitch = 320 + (normal.characterSpacing ?? 0)
        let textWidth = 11906 - 1587 - 1474
        #expect(pitch * 28 <= textWidth && pitch * 29 > textWidth)
    }

    @Test func fontsByNameFromTheConfiguration() throws {
        let styles = try SampleDocuments.docx("letters/KM011.docx").styles
        #expect(styles["Normal"]?.eastAsia == "仿宋_GB2312" && styles["Normal"]?.ascii == "Times New Roman")
        #expect(styles["Mark"]?.eastAsia == "方正小标宋简体" && styles["Mark"]?.color == "FF0000")
        #expect(styles["DocTitle"]?.eastAsia == "方正小标宋简体" && styles["DocTitle"]?.size == 22)
        #expect(styles["Heading1"]?.eastAsia == "黑体")
        #expect(styles["Heading2"]?.eastAsia == "楷体_GB2312")
        #expect(styles["Record"]?.size == 14 && styles["PageNumber"]?.size == 14)
    }

    @Test func letterHeadIsTheLetterFormat() throws {
        let doc = try SampleDocuments.docx("letters/KM011.docx")
        let parts = doc.blocks.filter { !$0.text.isEmpty }
        #expect(parts[0].style == "Mark" && parts[0].text == "中共昆明市委网络安全和信息化委员会办公室" && parts[0].align == "CENTER")
        #expect(parts[0].borderBottom == "thickThinSmallGap" && parts[0].borderColor == "FF0000")
        #expect(parts[1].style == "DocNumber" && parts[1].align == "RIGHT")
        #expect(parts[1].text == (try SampleDocuments.q3Scores("letter_no")["KM011"]))
        #expect(parts[2].style == "DocTitle" && parts[2].align == "CENTER")
        #expect(parts[3].style == "Flush" && parts[3].text == "昆明轨道交通集团有限公司：")
    }

    @Test func noticeHeadIsTheGeneralFormat() throws {
        let doc = try SampleDocuments.docx("notice.docx")
        let number = try #require(doc.paragraphs(style: "DocNumber").first)
        #expect(number.align == "CENTER" && number.borderBottom == "single" && number.borderColor == "FF0000")
        #expect(number.text == "昆网信通〔2026〕1号", "the notice's own number, not a letter's")
        let order = doc.blocks.compactMap(\.style).filter { ["Mark", "DocNumber", "DocTitle", "Flush"].contains($0) }
        #expect(order.prefix(4) == ["Mark", "DocNumber", "DocTitle", "Flush"])
        #expect(doc.paragraphs(style: "Flush").first?.text == "各有关单位：")
    }

    @Test func signatureAndDateRightTheDateFourCharactersIn() throws {
        for path in Self.documents {
            let doc = try SampleDocuments.docx(path)
            let signature = doc.paragraphs(style: "Signature")
            #expect(signature.map(\.text) == ["中共昆明市委网络安全和信息化委员会办公室", "2026年10月8日"], "\(path)")
            #expect(signature.allSatisfy { $0.align == "RIGHT" })
            #expect(signature.last?.rightIndent == 315 * 4, "\(path)")
        }
    }

    @Test func recordAtTheFootWithTheSupervisorInCopyTo() throws {
        let supervisors = try SampleDocuments.q3Scores("supervisor")
        for unit in try SampleDocuments.letterUnits() {
            let record = try #require(try SampleDocuments.docx("letters/\(unit).docx").record)
            #expect(record.rows == ["抄送：\(supervisors[unit] ?? "?")。", "中共昆明市委网络安全和信息化委员会办公室\t2026年10月8日印发"])
            #expect(record.anchor == "margin:bottom")
            #expect(record.top > record.inside && record.bottom > record.inside)
        }
        let notice = try #require(try SampleDocuments.docx("notice.docx").record)
        #expect(notice.rows.first == "抄送：中共昆明市委办公室，昆明市人大常委会办公室，昆明市人民政府办公室，昆明市政协办公室。")
    }

    @Test func noticeAttachmentOnANewPageAfterItsNote() throws {
        let doc = try SampleDocuments.docx("notice.docx")
        let texts = doc.blocks.map(\.text)
        let note = try #require(texts.firstIndex(of: "附件：本季度不合格网站及新媒体"))
        let date = try #require(texts.firstIndex(of: "2026年10月8日"))
        let label = try #require(doc.blocks.firstIndex { $0.style == "AttachmentLabel" })
        #expect(note < date && date < label)
        #expect(doc.blocks[label].text == "附件" && doc.blocks[label].pageBreakBefore)
        let table = try #require(doc.blocks[label...].first { $0.kind == "t" })
        #expect(table.rows?.first == ["序号", "主办单位", "名称", "类型", "问题"])
        #expect(table.rows?.count == 8)
    }

    @Test func pageNumbersWithDashesOnTheOutsideEdge() throws {
        let doc = try SampleDocuments.docx("letters/KM016.docx")
        #expect(doc.evenAndOdd)
        #expect(doc.footers["odd"]?.text == "— 1 —" && doc.footers["odd"]?.align == "RIGHT")
        #expect(doc.footers["even"]?.text == "— 1 —" && doc.footers["even"]?.align == "LEFT")
    }
}
