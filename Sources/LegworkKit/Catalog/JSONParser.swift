/// A strict RFC 8259 parser over UTF-8 bytes.
struct JSONParser {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    /// Deep nesting is never a catalog; the cap keeps a hostile file from exhausting the stack.
    private let maximumDepth = 64
    /// Where each member and item starts, by path ("exercises.2.sets"), when asked for (`parseLocated`):
    /// readers of hand-written files name the line of a bad value, not only a syntax error's.
    private var lines: [String: Int]?
    private var path: [String] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
        // Some editors start UTF-8 files with a byte-order mark; it is not part of the document.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3; lineStart = 3 }
    }

    static func parse(_ text: String) throws(JSONSyntaxError) -> ParsedJSON {
        var parser = JSONParser(text)
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.offset < parser.bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return value
    }

    /// `parse`, with the line each object member and list item starts on, by its dotted path (list items
    /// by their 1-based position: "exercises.2.sets").
    static func parseLocated(_ text: String) throws(JSONSyntaxError) -> (value: ParsedJSON, lines: [String: Int]) {
        var parser = JSONParser(text)
        parser.lines = [:]
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.offset < parser.bytes.count {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
        }
        return (value, parser.lines ?? [:])
    }

    /// Notes that the value at `component` (under the current path) starts on this line.
    private mutating func enter(_ component: String) {
        guard lines != nil else { return }
        path.append(component)
        lines?[path.joined(separator: ".")] = line
    }

    private mutating func leave() {
        if lines != nil { path.removeLast() }
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> ParsedJSON {
        guard depth < maximumDepth else { throw error("nested more than \(maximumDepth) levels deep") }
        guard let byte = current else { throw error("unexpected end of file; expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth)
        case UInt8(ascii: "["): return try parseArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "'"): throw error("text must be in double quotes (\"), not single quotes")
        default: throw error("expected a value but found \(describeCurrent())")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> ParsedJSON {
        advance()  // {
        var members: [(key: String, value: ParsedJSON)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "}"), !members.isEmpty {
                    throw error("remove the comma after the last member of this object")
                }
                throw error("expected a key in double quotes but found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else {
                throw error("expected \":\" after the key \"\(key)\" but found \(describeCurrent())")
            }
            advance()
            skipWhitespace()
            enter(key)
            members.append((key, try parseValue(depth: depth + 1)))
            leave()
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"): advance(); return .object(members)
            case UInt8(ascii: "\""): throw error("expected \",\" or \"}\" but found \(describeCurrent()) (a missing comma?)")
            default: throw error("expected \",\" or \"}\" but found \(describeCurrent())")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> ParsedJSON {
        advance()  // [
        var elements: [ParsedJSON] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array(elements) }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]"), !elements.isEmpty {
                throw error("remove the comma after the last item of this list")
            }
            enter(String(elements.count + 1))
            elements.append(try parseValue(depth: depth + 1))
            leave()
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"): advance(); return .array(elements)
            case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["):
                throw error("expected \",\" or \"]\" but found \(describeCurrent()) (a missing comma?)")
            default: throw error("expected \",\" or \"]\" but found \(describeCurrent())")
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()  // opening quote
        var utf8: [UInt8] = []
        while true {
            // Plain text up to the next quote, escape or control byte is taken in one piece, and a string
            // without escapes (almost every one) is made straight from the document's bytes: byte by
            // byte, strings were half the time of reading the catalog at every start. No line break is
            // in such a run, so the line count stands.
            let run = offset
            while offset < bytes.count, bytes[offset] >= 0x20, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
                offset += 1
            }
            if utf8.isEmpty, current == UInt8(ascii: "\"") {
                advance()
                return String(decoding: bytes[run..<offset - 1], as: UTF8.self)
            }
            utf8.append(contentsOf: bytes[run..<offset])
            guard let byte = current else { throw error("unexpected end of file inside text; a closing \" is missing") }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                advance()
                try parseEscape(into: &utf8)
            case UInt8(ascii: "\n"):
                throw error("line break inside text; a closing \" is missing (write \\n for a line break)")
            case 0..<0x20:
                throw error("control character inside text; write it as an escape such as \\t")
            default:
                utf8.append(byte)
                advance()
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard let byte = current else { throw error("unexpected end of file after \\") }
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let replacement = simple {
            utf8.append(replacement)
            advance()
            return
        }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape \\\(describeByte(byte)) in text") }
        advance()
        var scalar = try parseHex4()
        if (0xD800...0xDBFF).contains(scalar) {
            // A UTF-16 surrogate pair: the low half must follow as another \u escape.
            guard current == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
                throw error("unpaired \\u surrogate in text")
            }
            advance(); advance()
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired \\u surrogate in text") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape in text") }
        utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexValue(byte) else {
                throw error("\\u must be followed by four hex digits")
            }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else { throw error("expected a digit after \"-\"") }
        advance()
        if first != UInt8(ascii: "0") { while let b = current, isDigit(b) { advance() } }
        if current == UInt8(ascii: ".") {
            advance()
            guard let b = current, isDigit(b) else { throw error("expected a digit after the decimal point") }
            while let b = current, isDigit(b) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let b = current, isDigit(b) else { throw error("expected a digit in the exponent") }
            while let b = current, isDigit(b) { advance() }
        }
        if let b = current, isDigit(b) { throw error("numbers must not start with 0") }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        for expected in word.utf8 {
            guard current == expected else {
                throw error("expected a value but found \(describeCurrent()) (text needs double quotes)")
            }
            advance()
        }
        if let b = current, isLetter(b) {
            throw error("expected a value but found \(describeCurrent()) (text needs double quotes)")
        }
    }

    // MARK: - Reading bytes

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private func peek(_ distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    private mutating func advance() {
        if current == UInt8(ascii: "\n") {
            line += 1
            lineStart = offset + 1
        }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { advance() }
    }

    private func error(_ message: String) -> JSONSyntaxError {
        // Count characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
        let column = bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    private func describeCurrent() -> String {
        guard let byte = current else { return "the end of the file" }
        return describeByte(byte)
    }

    private func describeByte(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "'\"'"
        case 0x21...0x7E: return "\"\(Character(Unicode.Scalar(byte)))\""
        case UInt8(ascii: "\n"): return "a line break"
        case 0x80...: return "a non-ASCII character"
        default: return "a control character"
        }
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
