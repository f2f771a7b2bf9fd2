import AssessInput
import Foundation

/// `assess config`: the default configuration as commented YAML, and the check of a configuration file.
public enum ConfigurationCommand {
    /// Every key with its default value and a Chinese comment.
    public static func defaultsText() -> String { DefaultConfigurationText.yaml() }

    /// Reads and validates `file` as a run would; throws the loader's Chinese error naming the key.
    public static func check(_ file: URL) throws {
        _ = try ConfigurationLoader.load(from: file)
    }
}
