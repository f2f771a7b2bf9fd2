// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Assess",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assess", targets: ["assess"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // MARK: - Pure core: model, calendar, rulebook, scoring, decisions. Foundation only.
        .target(name: "AssessCore"),

        // MARK: - Edges
        .target(
            name: "AssessInput",
            dependencies: [
                "AssessCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/official-calendar.json")]
        ),
        .target(
            name: "AssessLedger",
            dependencies: ["AssessCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "XLSXWriter", dependencies: ["CXLSXWriter"]),
        .target(name: "AssessWorkbook", dependencies: ["AssessCore", "XLSXWriter"]),
        .target(
            name: "AssessReports",
            dependencies: ["AssessCore", .product(name: "Mustache", package: "swift-mustache")]
        ),

        // MARK: - The run, stage by stage, and the thin executable on top
        .target(
            name: "AssessPipeline",
            dependencies: ["AssessCore", "AssessInput", "AssessLedger", "AssessWorkbook", "AssessReports"]
        ),
        .executableTarget(
            name: "assess",
            dependencies: ["AssessPipeline", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: - Tests mirror the modules
        .target(name: "TestSupport", dependencies: ["AssessCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AssessCoreTests", dependencies: ["AssessCore", "TestSupport"]),
        .testTarget(name: "AssessInputTests", dependencies: ["AssessInput", "TestSupport"]),
        .testTarget(name: "AssessLedgerTests", dependencies: ["AssessLedger", "TestSupport"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter"]),
        .testTarget(name: "AssessWorkbookTests", dependencies: ["AssessWorkbook", "TestSupport"]),
        .testTarget(name: "AssessReportsTests", dependencies: ["AssessReports", "TestSupport"]),
        .testTarget(
            name: "AssessPipelineTests", dependencies: ["AssessPipeline", "TestSupport"],
            exclude: ["Snapshots"]),  // golden files, read by path (re-recorded with RECORD_SNAPSHOTS=1)
    ],
    swiftLanguageModes: [.v6]
)
