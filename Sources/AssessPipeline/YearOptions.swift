import Foundation

/// Everything one `assess year` needs, already parsed.
public struct YearOptions: Sendable {
    public var year: Int
    public var outputDirectory: URL
    /// The ledger the quarters are read from (it must exist).
    public var ledgerPath: URL
    /// Roll up the quarters the ledger has even when some are missing (every output then names them).
    public var partial: Bool
    public var configurationFile: URL?
    /// Template folder; nil = the default templates.
    public var templatesDirectory: URL?

    public init(year: Int, outputDirectory: URL, ledgerPath: URL, partial: Bool = false,
                configurationFile: URL? = nil, templatesDirectory: URL? = nil) {
        self.year = year
        self.outputDirectory = outputDirectory
        self.ledgerPath = ledgerPath
        self.partial = partial
        self.configurationFile = configurationFile
        self.templatesDirectory = templatesDirectory
    }

    /// What the output folder must keep away from (`OutputLocation`): the ledger, the configuration, the templates.
    func protectedPaths(templates: URL) -> [OutputLocation.Protected] {
        [.init(ledgerPath, role: "台账"), .init(templates, role: "模板目录")]
            + (configurationFile.map { [.init($0, role: "配置文件")] } ?? [])
    }
}
