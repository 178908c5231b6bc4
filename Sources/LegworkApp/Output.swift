import Foundation
import LegworkKit

/// Every byte the program prints outside the screens goes through here: text passes `SafeText` (so
/// no control character from data reaches a terminal) and every write is checked. A full disk, a
/// closed standard error or any other failure ends the program with status 1 and the system's reason;
/// a reader that went away (EPIPE: `legwork history --csv | head`) ends it quietly, as other Unix
/// tools do, by SIGPIPE.
package enum Output {
    /// How a document is made safe: plain text (escaped visibly) or JSON (escaped as `\uXXXX`, the
    /// same value for a JSON reader).
    package enum Format { case text, json }

    /// Writes `text` + `terminator` to standard output.
    package static func print(_ text: String, format: Format = .text, terminator: String = "\n") {
        write(safe(Array(text.utf8), format: format) + Array(terminator.utf8), to: STDOUT_FILENO)
    }

    /// Writes a document already in UTF-8 to standard output, made safe as `print` makes text safe.
    package static func print(utf8 bytes: [UInt8], format: Format) {
        write(safe(bytes, format: format), to: STDOUT_FILENO)
    }

    /// `bytes` made safe: as they are when nothing in them needs escaping (the usual case, found
    /// without making text of them), else escaped as text. The one place the format picks the escape.
    static func safe(_ bytes: [UInt8], format: Format) -> [UInt8] {
        guard SafeText.hasUnsafe(utf8: bytes, keepingLines: true) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        return Array((format == .json ? SafeText.json(text) : SafeText.document(text)).utf8)
    }

    /// Writes one line to standard error ("legwork: …" messages).
    package static func error(_ line: String) {
        write(SafeText.document(line) + "\n", to: STDERR_FILENO)
    }

    /// Writes all of `text` to `descriptor`, or ends the program as described above.
    static func write(_ text: String, to descriptor: Int32) { write(Array(text.utf8), to: descriptor) }

    static func write(_ bytes: [UInt8], to descriptor: Int32) {
        if let failure = writeAll(bytes, to: descriptor) { fail(failure, descriptor: descriptor) }
    }

    /// Writes all of `text`; the errno of a failed write, nil when every byte was written.
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32? { writeAll(Array(text.utf8), to: descriptor) }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            // Read-only access: a mutable one copied the whole document first (the caller holds it too).
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if written == 0 { return EIO }
            offset += written
        }
        return nil
    }

    /// Ends the program after a failed write: quietly by SIGPIPE for a reader gone away, else with the
    /// system's reason on standard error (when standard error itself works) and status 1.
    static func fail(_ code: Int32, descriptor: Int32) -> Never {
        if code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(141)
        }
        let stream = descriptor == STDERR_FILENO ? "standard error" : "standard output"
        if descriptor != STDERR_FILENO {
            _ = writeAll("legwork: cannot write to \(stream): \(reason(code))\n", to: STDERR_FILENO)
        }
        exit(1)
    }

    /// The system's words for an errno ("No space left on device").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
