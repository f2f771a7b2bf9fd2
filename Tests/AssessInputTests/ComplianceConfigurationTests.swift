import AssessCore
import Foundation
@testable import AssessInput
import Testing

/// The `compliance:` section of the configuration file (issue 7).
@Suite struct ComplianceConfigurationTests {
    @Test func aPartialSectionKeepsTheOtherDefaults() throws {
        let c = try ConfigurationLoader.parse("compliance:\n  low_activity: false\n  min_posts: 6\n", file: "assess.yaml")
        #expect(!c.compliance.lowActivity)
        #expect(c.compliance.minPosts == 6)
        #expect(c.compliance.duplicatePlatform && c.compliance.registryStale)
        #expect(c.rules == Configuration.default.rules)
    }

    @Test func theDefaultTextHasTheSection() throws {
        let text = DefaultConfigurationText.yaml()
        #expect(text.contains("\ncompliance:\n"))
        #expect(text.contains("  min_posts: 12\n"))
    }

    @Test(arguments: ["compliance:\n  min_posts: -1\n", "compliance:\n  min_post: 3\n", "compliance:\n  low_activity: 也许\n"])
    func badValuesAreRefused(_ yaml: String) {
        #expect(throws: ConfigurationError.self) { try ConfigurationLoader.parse(yaml, file: "assess.yaml") }
    }
}
