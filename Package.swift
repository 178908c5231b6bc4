// swift-tools-version:6.0
import PackageDescription

/// The release link strips the debug information and the symbol table, except for scripts/gen-link-order,
/// which reads the symbols (LEGWORK_KEEP_SYMBOLS=1).
let stripped = Context.environment["LEGWORK_KEEP_SYMBOLS"] == nil ? ["-Xlinker", "--strip-all"] : []

/// How Legwork's own modules are compiled, for the start of the static binary:
/// - type metadata is reached through accessor calls that pass the conformances along, not by demangling
///   the type's name at run time: a demangled `[Quality: Int]` or `KeyedEncodingContainer<CodingKeys>`
///   must look up the conformances its generic requirements name, and the first lookup of each pair
///   scans all 7,800 conformance records the binary holds (about 0.1 ms each, some 80 in `plan --json`);
/// - each function gets its own section, so that the release link can place the functions a start runs
///   side by side (scripts/link-order.txt): a module's code in one section cannot be split, and a start
///   touched pages spread over the whole 21 MB of text.
/// scripts/build-release passes the same flags to every module, the dependencies included (a package
/// cannot set them for those): change them in both.
let fastStart: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors", "-Xfrontend", "-function-sections"]),
]

/// Optimised in every build, debug included: the plan generator, the store's reads of the log and the
/// runner simulator do real work, and the test suite (debug) runs them thousands of times (-Onone made
/// the core 3–5 times slower, and the store's row decoding and the simulator about a fifth more).
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))] + fastStart

let package = Package(
    name: "Legwork",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "legwork", targets: ["legwork"]),
        .library(name: "LegworkKit", targets: ["LegworkKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // ncursesw, wrapped so that macros and C globals reach Swift as functions. Linked from the module
        // map (ncursesw and tinfo) with NCURSES_WIDECHAR set in the shim, not through pkg-config, whose
        // -D flags SwiftPM prohibits and warns about at every build.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Async-signal-safe terminal restore and signal flags: C, because Swift code is not.
        .target(name: "CTerminalGuard"),
        // Assets/ compiled into the binary, so an installed `legwork` needs no files beside it.
        .executableTarget(name: "embed-assets", path: "Sources/EmbedAssets"),
        .plugin(
            name: "EmbedAssetsPlugin",
            capability: .buildTool(),
            dependencies: ["embed-assets"],
            path: "Sources/EmbedAssetsPlugin"
        ),
        .target(name: "LegworkAssets", plugins: ["EmbedAssetsPlugin"]),
        // The pure core: no terminal, no clock, no files.
        .target(name: "LegworkKit", dependencies: ["LegworkAssets"], swiftSettings: optimisedInDebug),
        .target(
            name: "LegworkStore",
            dependencies: ["LegworkKit", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: optimisedInDebug
        ),
        .target(name: "LegworkTUI", dependencies: ["LegworkKit", "CNcurses", "CTerminalGuard"], swiftSettings: fastStart),
        // The application: what the commands and screens do with the store and the catalog (session
        // persistence and resume, the today rule, the training block, the doors that start exercise,
        // speech, the --plain front-end). No argument parsing: the executable keeps that.
        .target(
            name: "LegworkApp",
            dependencies: ["LegworkKit", "LegworkAssets", "LegworkStore", "LegworkTUI", "CTerminalGuard"],
            swiftSettings: fastStart
        ),
        .executableTarget(
            name: "legwork",
            dependencies: [
                "LegworkApp", "LegworkKit", "LegworkStore", "LegworkTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: fastStart,
            // Release builds link with lld, which
            // - packs the relative relocations (RELR): with the Swift runtime and Foundation linked in
            //   statically a PIE carries ~90,000 of them, and the classic table is 2 MB that the loader
            //   reads at every start;
            // - places the functions a start runs side by side (scripts/link-order.txt, made by
            //   scripts/gen-link-order), so a start touches few pages of the large binary;
            // - does not export the executable's symbols (nothing loads code against them; the table is
            //   11,000 symbols the loader searches first for every library's lookups);
            // - leaves out the debug information and the symbol table (`stripped`: 39 MB of the 104 MB an
            //   installed binary weighed; a crash report then gives addresses, and a debug build has them all).
            linkerSettings: [
                .unsafeFlags([
                    "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
                    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/scripts/link-order.txt",
                    "-Xlinker", "--no-warn-symbol-ordering", "-Xlinker", "--no-export-dynamic",
                ] + stripped, .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // Runners who live through weeks of use: the application core driven day by day, every session
        // checked against the rules (`legwork-simulate` runs the wide grid; the tests a default one).
        .target(name: "LegworkSimulation", dependencies: ["LegworkApp", "LegworkKit", "LegworkStore"], swiftSettings: optimisedInDebug),
        .executableTarget(name: "legwork-simulate", dependencies: ["LegworkSimulation", "LegworkKit"]),
        .testTarget(name: "LegworkKitTests", dependencies: ["LegworkKit"]),
        .testTarget(name: "LegworkStoreTests", dependencies: ["LegworkStore"]),
        // Snapshots/ holds expected screens as text, read from the source folder (re-recorded with
        // LEGWORK_RECORD_SNAPSHOTS=1), not bundled.
        .testTarget(name: "LegworkTUITests", dependencies: ["LegworkTUI", "CNcurses"], exclude: ["Snapshots"]),
        .testTarget(name: "LegworkAppTests", dependencies: ["LegworkApp", "LegworkStore", "LegworkTUI", "LegworkSimulation"]),
        .testTarget(name: "LegworkSimulationTests", dependencies: ["LegworkSimulation", "LegworkKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["legwork", "LegworkApp"]),
    ]
)
