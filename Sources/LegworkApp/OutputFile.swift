/// Where a command's document goes: standard output, or `-o FILE` (replaced in one step, never
/// overwritten without `--force`), with a warning when FILE's extension names another format than the
/// one written (`export -o log.csv` writing JSON).
package struct OutputFile: Sendable {
    package var path: String?
    package var force: Bool

    package init(path: String?, force: Bool) { self.path = path; self.force = force }

    /// Writes `text` (which ends with its own line end) and says where, on standard error.
    /// `extensions` are the file extensions that fit what is written (`["json"]`).
    func write(_ text: String, format: Output.Format, extensions: [String], what: String) throws {
        try write(utf8: Array(text.utf8), format: format, extensions: extensions, what: what)
    }

    /// `write` of a document already in UTF-8 (a plan's JSON).
    func write(utf8 bytes: [UInt8], format: Output.Format, extensions: [String], what: String) throws {
        guard let path, path != "-" else {
            Output.print(utf8: bytes, format: format)
            return
        }
        if let warning = Self.mismatch(path, extensions: extensions, what: what) { Output.error("legwork: warning: \(warning)") }
        try BackupFile.write(utf8: bytes, to: path, overwrite: force, format: format)
        Output.error("legwork: wrote \(path)")
    }

    /// The warning for a file whose extension names another format, or nil (no extension says nothing).
    static func mismatch(_ path: String, extensions: [String], what: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        guard !extensions.contains(ext) else { return nil }
        return "\(path) ends in .\(ext) but holds \(what) (.\(extensions[0]) would say so)"
    }
}
