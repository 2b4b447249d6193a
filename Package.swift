// swift-tools-version:5.10
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenCore", targets: ["SitegenCore"]),
        .executable(name: "sitegen-corpus", targets: ["sitegen-corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
    ],
    targets: [
        // The system cmark-gfm library (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CCmarkGFM",
            path: "Sources/CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The mimalloc allocator (Debian: libmimalloc-dev), linked into the command only: see
        // Sources/sitegen/Allocator.swift.
        .systemLibrary(
            name: "CMimalloc",
            path: "Sources/CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // Models, parsing, findings, site assembly and the writer.
        .target(
            name: "SitegenCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        // Page templates: the only code that produces HTML (and SVG).
        .target(
            name: "SitegenTemplates",
            dependencies: ["SitegenCore", "CCmarkGFM", .product(name: "Crypto", package: "swift-crypto")],
            path: "Templates"
        ),
        // `sitegen serve`: path safety, MIME types, conditional GET, live reload over server-sent
        // events, the content watcher; the HTTP server is FlyingFox (no SwiftNIO).
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenCore", "SitegenTemplates",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenCore", "SitegenTemplates", "SitegenServe", "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A deterministic corpus of any size made from the real reports, for benchmarks and scale tests.
        .target(name: "SitegenCorpus", dependencies: ["SitegenCore"]),
        .executableTarget(
            name: "sitegen-corpus",
            dependencies: ["SitegenCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "SitegenCoreTests", dependencies: ["SitegenCore", "SitegenCorpus"], exclude: ["Fixtures"]),
        .testTarget(name: "SitegenTemplatesTests", dependencies: ["SitegenTemplates", "SitegenCore"], exclude: ["Golden"]),
        .testTarget(name: "SitegenServeTests", dependencies: ["SitegenServe", "SitegenCore", "SitegenTemplates"]),
        .testTarget(name: "EndToEndTests", dependencies: ["SitegenCore", "SitegenTemplates", "SitegenCorpus"],
                    exclude: ["phone_and_desktop.py"]),
    ]
)
