import Foundation

/// Files in the data folder are opened as the files they must be: never through a symbolic link (a link
/// placed there would make Legwork write its data, or its pid, into the file the link names) and only when
/// they are regular files — the database and its -wal and -shm files, the session lock.
public enum DataFolderFile {
    /// Opens `path` with `flags` (plus `O_NOFOLLOW` and `O_CLOEXEC`), creating it with `mode` when
    /// `O_CREAT` is given, and checks it is a regular file. Returns the descriptor.
    public static func open(_ path: String, flags: Int32, mode: mode_t = 0o600) throws(StoreError) -> Int32 {
        let fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw .notARegularFile(path: path, kind: "a symbolic link") }
            throw .failed(path: path, action: "open the file", message: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notARegularFile(path: path, kind: kind(info.st_mode))
        }
        return fd
    }

    /// Checks that `path` is a regular file or absent, without following a link.
    public static func checkRegularOrAbsent(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notARegularFile(path: path, kind: kind(info.st_mode)) }
    }

    /// What a file that is not a regular one is, in words.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
