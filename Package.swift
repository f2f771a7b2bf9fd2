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
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: - Pure core: model, calendar, rulebook, scoring, decisions. Foundation only.
        .target(name: "AssessCore"),

        // MARK: - Edges
        .target(
            name: "AssessInput",
            dependencies: [
                "AssessCore",
                "CISAL",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/official-calendar.json")]
        ),
        .target(
            name: "AssessLedger",
            dependencies: ["AssessCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Intel's ISA-L for inflating and checksumming Excel inputs: about 3× zlib (docs/PERFORMANCE.md "Excel input").
        .systemLibrary(
            name: "CISAL",
            pkgConfig: "libisal",
            providers: [.apt(["libisal-dev"])]
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

        // Word documents (.docx) in the GB/T 9704-2012 layout, from the rendered Markdown of the templates.
        .target(
            name: "AssessDocuments",
            dependencies: ["AssessCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),

        .target(name: "AssessSample", dependencies: ["AssessCore"]),

        // MARK: - The run, stage by stage, and the thin executable on top
        .target(
            name: "AssessPipeline",
            dependencies: ["AssessCore", "AssessInput", "AssessLedger", "AssessWorkbook", "AssessReports", "AssessDocuments"]
        ),
        // jemalloc (Debian libjemalloc-dev) replaces glibc's malloc for the whole process: libxlsxwriter's
        // per-cell calloc/free beside the run's other threads, and Swift's own allocations, cost 11 % less wall
        // at province size and 13–17 % at nation size, same bytes (docs/PERFORMANCE.md "The allocator").
        .executableTarget(
            name: "assess",
            dependencies: ["AssessPipeline", "AssessSample", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: [.linkedLibrary("jemalloc")]
        ),

        // MARK: - libFuzzer targets (Fuzz/run.sh builds them with -sanitize=fuzzer -DFUZZING; an ordinary
        // build gives replay tools that run the files named on the command line)
        // The entry points the fuzz targets and the replay tests share; in no product.
        .target(name: "AssessFuzzEntry", dependencies: ["AssessCore", "AssessInput"]),
        .executableTarget(name: "AssessFuzzCSV", dependencies: ["AssessFuzzEntry"], path: "Fuzz/Targets/AssessFuzzCSV"),
        .executableTarget(name: "AssessFuzzJSON", dependencies: ["AssessFuzzEntry"], path: "Fuzz/Targets/AssessFuzzJSON"),
        .executableTarget(name: "AssessFuzzJSONL", dependencies: ["AssessFuzzEntry"], path: "Fuzz/Targets/AssessFuzzJSONL"),
        .executableTarget(name: "AssessFuzzValues", dependencies: ["AssessFuzzEntry"], path: "Fuzz/Targets/AssessFuzzValues"),
        .executableTarget(name: "AssessFuzzXLSX", dependencies: ["AssessFuzzEntry"], path: "Fuzz/Targets/AssessFuzzXLSX"),

        // MARK: - Tests mirror the modules
        .target(name: "TestSupport", dependencies: ["AssessCore"], path: "Tests/TestSupport"),
        .testTarget(name: "AssessCoreTests", dependencies: ["AssessCore", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "AssessInputTests", dependencies: [
            "AssessInput", "AssessFuzzEntry", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "AssessLedgerTests", dependencies: ["AssessLedger", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter"]),
        .testTarget(name: "AssessWorkbookTests", dependencies: ["AssessWorkbook", "TestSupport"]),
        .testTarget(name: "AssessReportsTests", dependencies: ["AssessReports", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "AssessDocumentsTests", dependencies: ["AssessDocuments", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "AssessSampleTests", dependencies: ["AssessSample", "AssessInput", "TestSupport"]),
        .testTarget(
            name: "AssessPipelineTests", dependencies: ["AssessPipeline", "AssessSample", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
