/// The tool's version, printed in the manifest and recorded in the ledger.
public enum ToolVersion {
    public static let current = "0.1.0"
}
