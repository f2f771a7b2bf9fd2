/// The Word documents' settings (`documents:` in the configuration file, documents.md): the fonts by name, the
/// notice's 抄送 recipients, the 印发机关 of the 版记, and the contact printed as 附注. The issuing office is
/// `Configuration.issuer` (发文机关标志 and 署名). Defaults in `Configuration+Default.swift`.
///
/// Every key may be omitted (a configuration or manifest written before the documents existed decodes to the
/// defaults).
public struct DocumentSettings: Codable, Equatable, Sendable {
    public var fonts: DocumentFonts
    /// 抄送 of the notice's 版记 (the letter's is the unit's supervisor), in the order printed.
    public var noticeCopyTo: [String]
    /// 印发机关 of the 版记; empty means the issuing office.
    public var printer: String
    /// 附注 contact person and telephone; both empty means no 附注.
    public var contactName: String
    public var contactPhone: String

    enum CodingKeys: String, CodingKey {
        case fonts, printer
        case noticeCopyTo = "notice_copy_to"
        case contactName = "contact_name"
        case contactPhone = "contact_phone"
    }

    public init(fonts: DocumentFonts, noticeCopyTo: [String], printer: String, contactName: String,
                contactPhone: String) {
        self.fonts = fonts
        self.noticeCopyTo = noticeCopyTo
        self.printer = printer
        self.contactName = contactName
        self.contactPhone = contactPhone
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = DocumentSettings.default
        fonts = try c.decodeIfPresent(DocumentFonts.self, forKey: .fonts) ?? d.fonts
        noticeCopyTo = try c.decodeIfPresent([String].self, forKey: .noticeCopyTo) ?? d.noticeCopyTo
        printer = try c.decodeIfPresent(String.self, forKey: .printer) ?? d.printer
        contactName = try c.decodeIfPresent(String.self, forKey: .contactName) ?? d.contactName
        contactPhone = try c.decodeIfPresent(String.self, forKey: .contactPhone) ?? d.contactPhone
    }

    /// `联系人：张三；联系电话：0871-12345678`, or nil when neither is configured.
    public var contact: String? {
        var parts: [String] = []
        if !contactName.isEmpty { parts.append("联系人：\(contactName)") }
        if !contactPhone.isEmpty { parts.append("联系电话：\(contactPhone)") }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }
}

/// Font names for each part of an official document (GB/T 9704-2012 §7): the office's machines have them.
public struct DocumentFonts: Codable, Equatable, Sendable {
    /// 发文机关标志 and 标题 (方正小标宋简体).
    public var title: String
    /// Body text, third- and fourth-level headings, 版记 (仿宋_GB2312).
    public var body: String
    /// First-level headings 一、 (黑体).
    public var heading1: String
    /// Second-level headings （一） (楷体_GB2312).
    public var heading2: String
    /// Numbers and Latin letters (Times New Roman).
    public var latin: String

    public init(title: String, body: String, heading1: String, heading2: String, latin: String) {
        self.title = title
        self.body = body
        self.heading1 = heading1
        self.heading2 = heading2
        self.latin = latin
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = DocumentSettings.default.fonts
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? d.title
        body = try c.decodeIfPresent(String.self, forKey: .body) ?? d.body
        heading1 = try c.decodeIfPresent(String.self, forKey: .heading1) ?? d.heading1
        heading2 = try c.decodeIfPresent(String.self, forKey: .heading2) ?? d.heading2
        latin = try c.decodeIfPresent(String.self, forKey: .latin) ?? d.latin
    }
}
