import CTerminalGuard
import Foundation
import LegworkKit

/// Writing an output file (`-o FILE`): never over an existing file unless asked, never half a file, and
/// only ever a regular file.
///
/// `-` is standard output. A symbolic link is followed (the file it points to is replaced, the link
/// stays). A directory, a device, a FIFO or a socket is refused. The text goes to a temporary file in
/// the same folder, is flushed to the disk (`fsync`) and renamed over the target in one step, so a
/// reader sees the old file or the new one, never a mix; the temporary file is removed on every way
/// out (a failed write, a termination signal, and, after a `kill -9`, by the next write to that folder).
enum BackupFile {
    static func write(_ text: String, to path: String, overwrite: Bool, format: Output.Format = .json) throws {
        try write(utf8: Array(text.utf8), to: path, overwrite: overwrite, format: format)
    }

    static func write(utf8 bytes: [UInt8], to path: String, overwrite: Bool, format: Output.Format = .json) throws {
        if path == "-" {
            Output.print(utf8: bytes, format: format)
            return
        }
        let target = try resolve(path, overwrite: overwrite)
        try replace(target, with: Output.safe(bytes, format: format), shownAs: path)
    }

    /// The regular file to write for `path`: itself, or the file its link points to.
    static func resolve(_ path: String, overwrite: Bool) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return path }
            throw Failure("cannot write \(path): \(Output.reason(errno))")
        }
        var target = path
        if info.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &info) == 0, let real = realpath(path, nil) else {
                if errno == ENOENT {
                    throw Failure("\(path) is a link to a file that does not exist; give the file's own name")
                }
                throw Failure("cannot write \(path): \(Output.reason(errno))")
            }
            target = String(cString: real)
            free(real)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if !overwrite { throw Failure("\(path) exists; choose another name or add --force to overwrite it") }
            return target
        case S_IFDIR: throw Failure("\(path) is a folder; give a file name inside it")
        case S_IFCHR, S_IFBLK: throw Failure("\(path) is a device, not a file; use -o - for standard output")
        case S_IFIFO: throw Failure("\(path) is a pipe (FIFO), not a file; use -o - and redirect standard output")
        default: throw Failure("\(path) is not a regular file")
        }
    }

    /// Writes `bytes` to a temporary file beside `target` and renames it over `target`.
    static func replace(_ target: String, with bytes: [UInt8], shownAs path: String) throws {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".legwork-"
        removeStaleTemporaries(in: folder, prefix: prefix)
        var template = Array((folder + "/" + prefix + "\(getpid())-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure("cannot write \(path): \(Output.reason(errno))") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        _ = lw_temp_guard(temporary)
        var closed = false
        func fail(_ code: Int32) -> Failure {
            if !closed { close(fd) }
            unlink(temporary)
            lw_temp_release()
            return Failure("cannot write \(path): \(Output.reason(code))")
        }
        if let code = Output.writeAll(bytes, to: fd) { throw fail(code) }
        // An existing file keeps its permissions; a new one gets the usual 0666 less the umask.
        var info = stat()
        let mode: mode_t
        if stat(target, &info) == 0 {
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        if fchmod(fd, mode) != 0 { throw fail(errno) }
        if fsync(fd) != 0 { throw fail(errno) }
        closed = true
        if close(fd) != 0 { throw fail(errno) }
        if rename(temporary, target) != 0 { throw fail(errno) }
        lw_temp_release()
        // The rename itself is durable once the folder is synced.
        let dir = open(folder, O_RDONLY | O_DIRECTORY)
        if dir >= 0 { fsync(dir); close(dir) }
    }

    /// Temporary files of this name left by a program that no longer runs (a `kill -9` mid-write).
    static func removeStaleTemporaries(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
