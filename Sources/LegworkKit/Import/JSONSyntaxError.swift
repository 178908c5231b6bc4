/// Where a JSON text stops being valid JSON, for error messages a person can act on.
///
/// Foundation's `JSONDecoder` on Linux only says "The given data was not valid JSON" with no position;
/// when it fails, `JSONSyntaxError.locate(in:)` scans the text again to find the line and column.
/// It only runs on the failure path, so valid files are parsed once.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters (Unicode scalars) from the start of the line.
    public var column: Int
    /// What was expected or found there ("expected ',' or ']'").
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line; self.column = column; self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }

    /// The first syntax error in `text`, or nil when the text is valid JSON (RFC 8259).
    public static func locate(in text: String) -> JSONSyntaxError? {
        var scanner = Scanner(bytes: Array(text.utf8))
        do throws(JSONSyntaxError) {
            scanner.skipSpace()
            try scanner.value(depth: 0)
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw scanner.failure("unexpected text after the end of the JSON value") }
            return nil
        } catch {
            return error
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        static let maxDepth = 512

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte order mark is tolerated, as JSON readers commonly do.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        func failure(_ message: String) -> JSONSyntaxError {
            var line = 1
            var column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1; column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1 // count scalars, not UTF-8 continuation bytes
                }
            }
            return JSONSyntaxError(line: line, column: column, message: message)
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func value(depth: Int) throws(JSONSyntaxError) {
            guard depth < Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) levels deep") }
            guard let byte = current else { throw failure("unexpected end of file: expected a value") }
            switch byte {
            case UInt8(ascii: "{"): try object(depth: depth)
            case UInt8(ascii: "["): try array(depth: depth)
            case UInt8(ascii: "\""): try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default: throw failure("expected a value, found \(Self.show(byte))")
            }
        }

        mutating func object(depth: Int) throws(JSONSyntaxError) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "}") { index += 1; return }
            while true {
                guard current == UInt8(ascii: "\"") else { throw failure("expected a \"quoted\" key, found \(Self.show(current))") }
                try string()
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the key, found \(Self.show(current))") }
                index += 1
                skipSpace()
                try value(depth: depth + 1)
                skipSpace()
                switch current {
                case UInt8(ascii: ","): index += 1; skipSpace()
                case UInt8(ascii: "}"): index += 1; return
                default: throw failure("expected ',' or '}', found \(Self.show(current))")
                }
            }
        }

        mutating func array(depth: Int) throws(JSONSyntaxError) {
            index += 1
            skipSpace()
            if current == UInt8(ascii: "]") { index += 1; return }
            while true {
                try value(depth: depth + 1)
                skipSpace()
                switch current {
                case UInt8(ascii: ","): index += 1; skipSpace()
                case UInt8(ascii: "]"): index += 1; return
                default: throw failure("expected ',' or ']', found \(Self.show(current))")
                }
            }
        }

        mutating func string() throws(JSONSyntaxError) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 1
                    guard let escaped = current else { break }
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                         UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        index += 1
                        for _ in 0..<4 {
                            guard let hex = current, Self.isHex(hex) else { throw failure("\\u must be followed by 4 hex digits") }
                            index += 1
                        }
                    default:
                        throw failure("invalid escape \\\(Self.show(escaped)) in a string")
                    }
                case 0..<0x20:
                    throw failure(byte == 0x0A ? "string not closed before the end of the line" : "control character in a string")
                default:
                    index += 1
                }
            }
            throw failure("unexpected end of file inside a string")
        }

        mutating func number() throws(JSONSyntaxError) {
            if current == UInt8(ascii: "-") { index += 1 }
            guard let first = current, Self.isDigit(first) else { throw failure("expected a digit") }
            index += 1
            if first != UInt8(ascii: "0") { digits() }
            if current == UInt8(ascii: ".") {
                index += 1
                guard let d = current, Self.isDigit(d) else { throw failure("expected a digit after '.'") }
                digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard let d = current, Self.isDigit(d) else { throw failure("expected a digit in the exponent") }
                digits()
            }
        }

        mutating func digits() {
            while let d = current, Self.isDigit(d) { index += 1 }
        }

        mutating func literal(_ word: String) throws(JSONSyntaxError) {
            let start = index
            for expected in word.utf8 {
                guard current == expected else {
                    index = start // point at the word, not inside it
                    throw failure("expected \(word)")
                }
                index += 1
            }
        }

        static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

        static func isHex(_ b: UInt8) -> Bool {
            isDigit(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
        }

        static func show(_ byte: UInt8?) -> String {
            guard let byte else { return "the end of the file" }
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            if byte == 0x20 { return "a space" }
            if byte == 0x0A { return "the end of the line" }
            return byte < 0x80 ? "a control character" : "a non-ASCII character"
        }
    }
}
