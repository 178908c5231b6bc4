/// The files of the repository's Assets/ folder, compiled into the program (see EmbedAssetsPlugin).
/// Paths are relative to Assets/, e.g. `catalog/strength.json`.
public enum BundledAssets {
    /// The text of one asset file, or nil when no such file was bundled.
    public static func text(_ path: String) -> String? { embeddedAssetFiles[path] }

    /// Every bundled path under `folder` (e.g. "catalog/"), sorted.
    public static func paths(under folder: String) -> [String] {
        embeddedAssetFiles.keys.filter { $0.hasPrefix(folder) }.sorted()
    }
}
