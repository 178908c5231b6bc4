import Foundation

/// Writing export files: never over an existing file unless asked, and never half a file (the text
/// goes to a temporary file in the same folder that is then renamed into place).
enum BackupFile {
    static func write(_ text: String, to path: String, overwrite: Bool) throws {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: url.path), !overwrite {
            throw Failure("\(path) exists; choose another name or add --force to overwrite it")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw Failure("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
