import Foundation

/// Where the database lives: `DIR/legwork.sqlite` for `--data-dir DIR`, else
/// `$XDG_DATA_HOME/legwork/legwork.sqlite`, else `~/.local/share/legwork/legwork.sqlite`.
///
/// Resolution is pure (environment and working directory come in as arguments) so every rule is tested.
public struct StorePaths: Hashable, Sendable {
    /// The folder that holds the database (created with mode 0700 when missing).
    public var directory: URL
    /// The database file inside `directory`.
    public var database: URL

    public static let fileName = "legwork.sqlite"

    public init(directory: URL) {
        self.directory = directory
        self.database = directory.appendingPathComponent(Self.fileName, isDirectory: false)
    }

    /// Resolves the data folder.
    /// - Parameters:
    ///   - dataDir: the `--data-dir` argument, if given. Relative paths are taken from `currentDirectory`;
    ///     a leading `~/` (left unexpanded by some shells, e.g. in `--data-dir=~/x`) means `$HOME/`.
    ///   - environment: the process environment (`XDG_DATA_HOME`, `HOME`).
    ///   - currentDirectory: the working directory, for a relative `dataDir`.
    /// Per the XDG base-directory spec, an `XDG_DATA_HOME` that is unset, empty or relative is ignored.
    public static func resolve(dataDir: String?, environment: [String: String],
                               currentDirectory: String) throws(StoreError) -> StorePaths {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        if let dataDir {
            guard !dataDir.isEmpty else { throw .emptyDataDir }
            var path = dataDir
            if path == "~" || path.hasPrefix("~/") {
                guard let home else { throw .noHomeDirectory }
                path = home + path.dropFirst()
            }
            let base = path.hasPrefix("/") ? path : currentDirectory + "/" + path
            return StorePaths(directory: URL(fileURLWithPath: base, isDirectory: true).standardizedFileURL)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return StorePaths(directory: URL(fileURLWithPath: xdg, isDirectory: true)
                .appendingPathComponent("legwork", isDirectory: true).standardizedFileURL)
        }
        guard let home else { throw .noHomeDirectory }
        return StorePaths(directory: URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/legwork", isDirectory: true).standardizedFileURL)
    }

    /// `resolve` with this process's environment and working directory.
    public static func resolve(dataDir: String?) throws(StoreError) -> StorePaths {
        try resolve(dataDir: dataDir, environment: ProcessInfo.processInfo.environment,
                    currentDirectory: FileManager.default.currentDirectoryPath)
    }
}
