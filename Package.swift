// swift-tools-version:5.10
import PackageDescription

// The modules are the map of the code (README, "Layout"), each depending only on those above it:
//   SitegenText, SitegenConcurrency → SitegenContent → SitegenSite → SitegenSearch →
//   SitegenShare → SitegenTemplates → SitegenData → SitegenBuild → SitegenServe → sitegen
// (SitegenBuild needs no template: it is handed a `SiteTheme`; the command hands it the
// templates' `StandardTheme`.)
let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "SitegenBuild", targets: ["SitegenBuild"]),
        .executable(name: "sitegen-corpus", targets: ["sitegen-corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
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
        // The system libxlsxwriter (Debian: libxlsxwriter-dev), for the Excel-ready tables.
        .systemLibrary(
            name: "CXlsxWriter",
            path: "Sources/CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The system librsvg and cairo (Debian: librsvg2-2, libcairo2), which draw the cards and
        // the charts' PNGs in the process, on one thread (SitegenShare's `Librsvg`): loaded by
        // dlopen when a build first draws one, so a build without cards never maps them.
        .target(name: "CRsvgLoader", path: "Sources/CRsvgLoader"),
        // The system zlib (Debian: zlib1g-dev), which compresses the palette PNGs (named apart from
        // ZIPFoundation's own CZlib module, which Swift would see twice).
        .systemLibrary(
            name: "CLibz",
            path: "Sources/CLibz",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Bytes and Unicode: what is plain text, whitespace, numbered lines, byte search,
        // digit grouping, the one JSON writer and the one CSV writer, hex digests and
        // dependency keys, the compact binary form, errors that name a file and line.
        .target(
            name: "SitegenText",
            dependencies: ["SitegenConcurrency", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Work on both cores: a map over every core, work started in the background.
        .target(name: "SitegenConcurrency"),
        // A release as read: the models, loading the content folder (release.yml, report.txt,
        // lineage.yml), the report parser and the checks that make findings.
        .target(
            name: "SitegenContent",
            dependencies: ["SitegenText", "SitegenConcurrency", .product(name: "Yams", package: "Yams")]
        ),
        // The whole site as a model: releases indexed, programs matched across releases
        // (lineage), changes between releases, the URL scheme (`SiteMap`) and slugs, and the
        // contract a theme fulfils (`SiteTheme`, `RenderJob`, `OutputFile`).
        .target(name: "SitegenSite", dependencies: ["SitegenContent", "SitegenText", "SitegenConcurrency"]),
        // The site's search: passages, the piece table and its shards, the id lists, the script.
        .target(name: "SitegenSearch", dependencies: ["SitegenSite", "SitegenContent", "SitegenText", "SitegenConcurrency"]),
        // Sharing what is not HTML: preview text, PNGs drawn by librsvg in the process (on one
        // thread) and written as palette PNGs, kept in the build cache by the hash of their SVG.
        .target(name: "SitegenShare", dependencies: ["SitegenText", "SitegenConcurrency", "CRsvgLoader", "CLibz"]),
        // Page templates: the only code that produces HTML (and SVG).
        .target(
            name: "SitegenTemplates",
            dependencies: ["SitegenShare", "SitegenSearch", "SitegenSite", "SitegenContent", "SitegenText", "SitegenConcurrency", "CCmarkGFM",
                           .product(name: "Crypto", package: "swift-crypto")],
            path: "Templates"
        ),
        // The data for analysts: data/sitegen.sqlite (GRDB over the system SQLite), Datasette's
        // metadata, the data package, the Excel workbooks (libxlsxwriter).
        .target(
            name: "SitegenData",
            dependencies: ["SitegenSite", "SitegenContent", "SitegenText", "CXlsxWriter",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The build: jobs run into sinks, the staging folder, spare tree and atomic swap, the
        // build cache and its binary codec, the manifests, signing and verifying, the data exports.
        .target(
            name: "SitegenBuild",
            dependencies: ["SitegenData", "SitegenSite", "SitegenContent", "SitegenText", "SitegenConcurrency",
                           .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // `sitegen serve`: path safety, MIME types, conditional GET, live reload over server-sent
        // events, the content watcher; the HTTP server is FlyingFox (no SwiftNIO).
        .target(
            name: "SitegenServe",
            dependencies: [
                "SitegenBuild", "SitegenTemplates", "SitegenSite", "SitegenContent", "SitegenText", "SitegenConcurrency",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // `sitegen import`: a published PDF or HWPX in, a release folder out (the original, report.txt,
        // the page map, release.yml with provenance); pdftotext, pdffonts, pdftoppm and tesseract
        // run as processes, HWPX read with ZIPFoundation and a streamed XMLParser.
        .target(
            name: "SitegenImport",
            dependencies: ["SitegenContent", "SitegenText", "SitegenConcurrency",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SitegenBuild", "SitegenTemplates", "SitegenShare", "SitegenServe", "SitegenSite", "SitegenContent", "SitegenText", "SitegenImport", "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A deterministic corpus of any size made from the real reports, for benchmarks and scale tests.
        .target(name: "SitegenCorpus", dependencies: ["SitegenContent", "SitegenText"]),
        .executableTarget(
            name: "sitegen-corpus",
            dependencies: ["SitegenCorpus", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer over the report parser, built by `make fuzz` (scripts/fuzz).
        .executableTarget(name: "sitegen-fuzz", dependencies: ["SitegenContent", "SitegenText"], path: "Fuzz"),
        .testTarget(name: "SitegenTests",
                    dependencies: ["SitegenBuild", "SitegenSite", "SitegenContent", "SitegenText", "SitegenConcurrency", "SitegenCorpus"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SitegenTemplatesTests",
                    dependencies: ["SitegenTemplates", "SitegenShare", "SitegenSearch", "SitegenBuild", "SitegenSite", "SitegenContent", "SitegenText"],
                    exclude: ["Golden"]),
        .testTarget(name: "SitegenImportTests",
                    dependencies: ["SitegenImport", "SitegenBuild", "SitegenContent", "SitegenText"]),
        .testTarget(name: "SitegenDataTests",
                    dependencies: ["SitegenData", "SitegenBuild", "SitegenTemplates", "SitegenSite", "SitegenContent",
                                   .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SitegenServeTests", dependencies: ["SitegenServe", "SitegenBuild", "SitegenTemplates", "SitegenSite", "SitegenContent"]),
        .testTarget(name: "EndToEndTests",
                    dependencies: ["SitegenBuild", "SitegenTemplates", "SitegenShare", "SitegenSite", "SitegenContent", "SitegenText", "SitegenCorpus"],
                    exclude: ["phone_and_desktop.py", "embed_frame.py", "analyst_data.py", "chart_save.py", "print_fit.py", "browser_support.py"]),
    ]
)
