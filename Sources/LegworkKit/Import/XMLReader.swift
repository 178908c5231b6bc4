/// What an XML document holds, told in document order: each element as it opens (its local name and
/// attributes), the text inside it, and each element as it closes. A reader of GPX and TCX files keeps
/// the few values it needs by their place in the document.
public protocol XMLVisitor {
    /// An element opens: its local name (a namespace prefix left off, as in `gpxtpx:cad` → `cad`) and its
    /// attributes by local name, namespace declarations (`xmlns`, `xmlns:p`) left out.
    mutating func start(_ name: String, attributes: [String: String])
    /// Text inside the open element, references resolved and line ends made `\n`; one element's text
    /// may come in several pieces (around comments, CDATA sections and child elements).
    mutating func text(_ text: String)
    mutating func end(_ name: String)
}

/// Where an XML document stops being well-formed XML 1.0, told at the byte where it goes wrong.
public struct XMLSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line; lines end at `\n`, `\r\n` or `\r`.
    public var line: Int
    /// 1-based column, in bytes from the start of the line.
    public var column: Int
    public var problem: Problem

    public init(line: Int, column: Int, problem: Problem) {
        self.line = line; self.column = column; self.problem = problem
    }

    public enum Problem: Equatable, Sendable, CustomStringConvertible {
        /// The text ends with this element (the innermost) still open: the file was cut short.
        case unclosed(String)
        /// Anything else, said in plain words.
        case malformed(String)

        public var description: String {
            switch self {
            case .unclosed(let name): "the document ends before <\(name)> is closed"
            case .malformed(let words): words
            }
        }
    }

    public var description: String { "line \(line), column \(column): \(problem)" }
}

/// A reader of XML 1.0 documents for the activity files runners import (GPX, TCX): elements,
/// attributes, text, CDATA sections, character and the five predefined entity references; comments,
/// processing instructions and a document type declaration are read past. Entities a document type
/// declares are not expanded: a reference to one is an error, so no document can grow in the reading.
///
/// Why not Foundation's `XMLParser`: it is libxml2, and linking it made every start of every command load
/// libxml2 with the system's ICU, zlib, liblzma and the C++ runtime (a millisecond and more of each
/// start, and a megabyte of memory), for files that need only what this reader reads. It works on the
/// bytes of text already known to be UTF-8 (the import refuses anything else first) and is checked
/// against the well-formedness rules the import relies on (`XMLReaderTests`).
public enum XMLReader {
    /// Reads `text`, telling `visitor` what it holds; throws at the first place the text is not
    /// well-formed, after telling what came before it.
    public static func read<Visitor: XMLVisitor>(_ text: String, into visitor: inout Visitor) throws(XMLSyntaxError) {
        var bytes = Array(text.utf8)
        // Read past the end without a bounds check: a zero never appears in UTF-8 text (it is refused
        // where it does), so it marks the end.
        bytes.append(0)
        var scanner = XMLScanner(bytes: bytes)
        try scanner.document(&visitor)
    }
}

/// The reading position in a document and the rules of each kind of markup.
private struct XMLScanner {
    let bytes: [UInt8]
    /// The index of the terminating zero: the text's length.
    let end: Int
    var at = 0
    /// The local names of the elements open, outermost first.
    var open: [String] = []

    /// Where the document begins: after a byte-order mark, if there is one. Only there may the XML
    /// declaration stand.
    let documentStart: Int

    init(bytes: [UInt8]) {
        self.bytes = bytes
        end = bytes.count - 1
        documentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    // MARK: The document

    mutating func document<Visitor: XMLVisitor>(_ visitor: inout Visitor) throws(XMLSyntaxError) {
        at = documentStart
        var rootSeen = false
        var doctypeSeen = false
        while true {
            while isSpace(bytes[at]) { at += 1 }
            guard at < end else { break }
            if bytes[at] != UInt8(ascii: "<") {
                throw fail(rootSeen ? "text after the root element" : "text before the root element")
            }
            if starts(with: "<!--") {
                try comment()
            } else if starts(with: "<?") {
                try processingInstruction()
            } else if starts(with: "<!DOCTYPE") {
                if doctypeSeen || rootSeen { throw fail("a document type declaration only before the root element, once") }
                doctypeSeen = true
                try doctype()
            } else if rootSeen {
                throw fail("a second root element: a document holds one")
            } else {
                rootSeen = true
                try element(&visitor)
            }
        }
        if !rootSeen { throw fail("the document holds no element") }
    }

    /// The root element and everything in it, ending after its end tag.
    mutating func element<Visitor: XMLVisitor>(_ visitor: inout Visitor) throws(XMLSyntaxError) {
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { visitor.text(String(decoding: text, as: UTF8.self)); text.removeAll(keepingCapacity: true) }
        }
        repeat {
            let byte = bytes[at]
            if byte == UInt8(ascii: "<") {
                if starts(with: "</") {
                    flush()
                    try endTag(&visitor)
                } else if starts(with: "<!--") {
                    try comment()
                } else if starts(with: "<![CDATA[") {
                    try cdata(into: &text)
                } else if starts(with: "<?") {
                    try processingInstruction()
                } else if isCut(before: "<!--") || isCut(before: "<![CDATA[") {
                    throw unclosed()
                } else if starts(with: "<!") {
                    throw fail("a document type declaration only before the root element")
                } else {
                    flush()
                    try startTag(&visitor)
                }
            } else if byte == 0 {
                guard at < end else { throw unclosed() }
                throw fail("a control character (U+0000) is not allowed")
            } else {
                try characters(into: &text)
            }
        } while !open.isEmpty
    }

    /// `<name attr="value" ...>` or `<name .../>`.
    mutating func startTag<Visitor: XMLVisitor>(_ visitor: inout Visitor) throws(XMLSyntaxError) {
        at += 1
        let name = try self.name()
        var attributes: [String: String] = [:]
        var seen: Set<String> = []
        while true {
            let spaced = isSpace(bytes[at])
            while isSpace(bytes[at]) { at += 1 }
            if bytes[at] == UInt8(ascii: ">") {
                at += 1
                open.append(Self.local(name))
                visitor.start(Self.local(name), attributes: attributes)
                return
            }
            if starts(with: "/>") {
                at += 2
                visitor.start(Self.local(name), attributes: attributes)
                visitor.end(Self.local(name))
                return
            }
            if at >= end || isCut(before: "/>") { throw unclosed(name: Self.local(name)) }
            guard spaced else { throw fail("a space or the end of the tag <\(name)> was expected") }
            let attributeStart = at
            let attribute = try self.name()
            while isSpace(bytes[at]) { at += 1 }
            guard bytes[at] == UInt8(ascii: "=") else { throw eofOr("the attribute \(attribute) has no value (=\"…\")", in: name) }
            at += 1
            while isSpace(bytes[at]) { at += 1 }
            let value = try attributeValue(in: name)
            guard seen.insert(attribute).inserted else {
                at = attributeStart
                throw fail("the attribute \(attribute) is given twice")
            }
            if attribute != "xmlns" && !attribute.hasPrefix("xmlns:") { attributes[Self.local(attribute)] = value }
        }
    }

    /// `</name>`, which must close the innermost open element.
    mutating func endTag<Visitor: XMLVisitor>(_ visitor: inout Visitor) throws(XMLSyntaxError) {
        let tagStart = at
        at += 2
        let name = try self.name()
        while isSpace(bytes[at]) { at += 1 }
        guard bytes[at] == UInt8(ascii: ">") else { throw eofOr("the end tag </\(name)> is not closed with >", in: nil) }
        guard Self.local(name) == open.last, let opened = open.last else {
            at = tagStart
            throw fail(open.last.map { "</\(name)> where <\($0)> must be closed first" } ?? "</\(name)> closes no element")
        }
        at += 1
        open.removeLast()
        visitor.end(opened)
    }

    // MARK: Text

    /// Character data up to the next markup, references resolved.
    mutating func characters(into text: inout [UInt8]) throws(XMLSyntaxError) {
        while true {
            let start = at
            // Most text holds nothing to change: copy it in one piece.
            while bytes[at] >= 0x20 && bytes[at] != UInt8(ascii: "<") && bytes[at] != UInt8(ascii: "&")
                && bytes[at] != UInt8(ascii: "]") || bytes[at] == UInt8(ascii: "\t") || bytes[at] == UInt8(ascii: "\n") {
                at += 1
            }
            text.append(contentsOf: bytes[start..<at])
            switch bytes[at] {
            case UInt8(ascii: "<"), 0: return
            case UInt8(ascii: "&"): try reference(into: &text)
            case UInt8(ascii: "]"):
                if starts(with: "]]>") { throw fail("]]> is only the end of a CDATA section") }
                text.append(bytes[at]); at += 1
            case UInt8(ascii: "\r"): newline(into: &text)
            default: throw control()
            }
        }
    }

    /// `<![CDATA[ ... ]]>`: text as it is, line ends made `\n`.
    mutating func cdata(into text: inout [UInt8]) throws(XMLSyntaxError) {
        at += 9
        while !starts(with: "]]>") {
            switch bytes[at] {
            case 0 where at >= end: throw unclosed()
            case UInt8(ascii: "\r"): newline(into: &text)
            case let byte where byte < 0x20 && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n"): throw control()
            case let byte: text.append(byte); at += 1
            }
        }
        at += 3
    }

    /// A quoted attribute value: references resolved, and tabs and line ends made spaces (XML 1.0 §3.3.3).
    mutating func attributeValue(in element: String) throws(XMLSyntaxError) -> String {
        let quote = bytes[at]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { throw eofOr("an attribute value in quotes was expected", in: element) }
        at += 1
        var value: [UInt8] = []
        while bytes[at] != quote {
            switch bytes[at] {
            case 0 where at >= end: throw unclosed(name: Self.local(element))
            case UInt8(ascii: "<"): throw fail("< is not allowed in an attribute value (write &lt;)")
            case UInt8(ascii: "&"): try reference(into: &value)
            case UInt8(ascii: "\r"):
                at += bytes[at + 1] == UInt8(ascii: "\n") ? 2 : 1
                value.append(UInt8(ascii: " "))
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"): value.append(UInt8(ascii: " ")); at += 1
            case let byte where byte < 0x20: throw control()
            case let byte: value.append(byte); at += 1
            }
        }
        at += 1
        return String(decoding: value, as: UTF8.self)
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&apos;`, `&quot;`, `&#N;` or `&#xH;`, appended as the character it names.
    mutating func reference(into text: inout [UInt8]) throws(XMLSyntaxError) {
        let start = at
        at += 1
        var name: [UInt8] = []
        while bytes[at] != UInt8(ascii: ";") {
            if at >= end { throw unclosed() }
            guard name.count < 32, bytes[at] > 0x20, bytes[at] != UInt8(ascii: "<"), bytes[at] != UInt8(ascii: "&") else {
                at = start
                throw fail("& begins a reference such as &amp; (a lone & is written &amp;)")
            }
            name.append(bytes[at]); at += 1
        }
        at += 1
        let scalar: Unicode.Scalar?
        switch name {
        case Array("lt".utf8): scalar = "<"
        case Array("gt".utf8): scalar = ">"
        case Array("amp".utf8): scalar = "&"
        case Array("apos".utf8): scalar = "'"
        case Array("quot".utf8): scalar = "\""
        default:
            guard name.first == UInt8(ascii: "#") else {
                at = start
                throw fail("&\(String(decoding: name, as: UTF8.self)); is not an entity this reader knows (only &lt; &gt; &amp; &apos; &quot; and &#…;)")
            }
            let hex = name.dropFirst().first == UInt8(ascii: "x")
            let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
            scalar = digits.isEmpty || digits.hasPrefix("+") || digits.hasPrefix("-") ? nil
                : UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init).flatMap { Self.isCharacter($0) ? $0 : nil }
        }
        guard let scalar else {
            at = start
            throw fail("&\(String(decoding: name, as: UTF8.self)); is not a character XML allows")
        }
        text.append(contentsOf: String(Character(scalar)).utf8)
    }

    // MARK: Markup read past

    /// `<!-- ... -->`, in which `--` may not appear.
    mutating func comment() throws(XMLSyntaxError) {
        at += 4
        while !starts(with: "--") {
            guard at < end else { throw unclosed() }
            at += 1
        }
        guard at + 2 < end else { throw unclosed() }
        guard bytes[at + 2] == UInt8(ascii: ">") else { throw fail("-- is not allowed inside a comment") }
        at += 3
    }

    /// `<?target ... ?>`, the XML declaration among them.
    mutating func processingInstruction() throws(XMLSyntaxError) {
        let start = at
        at += 2
        let target = try name()
        if target.lowercased() == "xml" && start != documentStart {
            at = start
            throw fail("the XML declaration <?xml …?> only at the very start of the document")
        }
        while !starts(with: "?>") {
            guard at < end else { throw unclosed() }
            at += 1
        }
        at += 2
    }

    /// `<!DOCTYPE name ... [ internal subset ]>`: read past, quoted strings and comments included.
    mutating func doctype() throws(XMLSyntaxError) {
        at += 9
        var depth = 0
        while true {
            switch bytes[at] {
            case 0 where at >= end: throw fail("the document type declaration is never closed")
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let quote = bytes[at]
                at += 1
                while bytes[at] != quote {
                    guard at < end else { throw fail("the document type declaration is never closed") }
                    at += 1
                }
            case UInt8(ascii: "<") where starts(with: "<!--"): try comment(); continue
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ">") where depth <= 0: at += 1; return
            default: break
            }
            at += 1
        }
    }

    // MARK: Pieces

    /// A name: a letter, `_`, `:` or any non-ASCII character, then those, digits, `-` and `.`.
    mutating func name() throws(XMLSyntaxError) -> String {
        let start = at
        guard Self.isNameStart(bytes[at]) else {
            if at >= end, let innermost = open.last { throw unclosed(name: innermost) }
            throw fail("a name was expected")
        }
        at += 1
        while Self.isNameStart(bytes[at]) || Self.isDigit(bytes[at]) || bytes[at] == UInt8(ascii: "-") || bytes[at] == UInt8(ascii: ".") { at += 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self)
    }

    /// `\r\n` or a lone `\r` as `\n` (XML 1.0 §2.11).
    mutating func newline(into text: inout [UInt8]) {
        at += bytes[at + 1] == UInt8(ascii: "\n") ? 2 : 1
        text.append(UInt8(ascii: "\n"))
    }

    func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard at + count <= end else { return false }
        return prefix.withUTF8Buffer { prefix in
            for i in 0..<count where bytes[at + i] != prefix[i] { return false }
            return true
        }
    }

    /// Whether the text ends here, partway through `markup`.
    func isCut(before markup: StaticString) -> Bool {
        let left = end - at
        guard left < markup.utf8CodeUnitCount else { return false }
        return markup.withUTF8Buffer { markup in (0..<left).allSatisfy { bytes[at + $0] == markup[$0] } }
    }

    func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// XML 1.0's Char: tab, line feed, carriage return, and U+0020 on, less the surrogates, U+FFFE and U+FFFF.
    static func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The name after its namespace prefix.
    static func local(_ name: String) -> String {
        guard let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return String(name[name.utf8.index(after: colon)...])
    }

    // MARK: Errors

    func fail(_ words: String) -> XMLSyntaxError { error(.malformed(words)) }

    /// The end of the text inside an element: the file was cut short.
    func unclosed(name: String? = nil) -> XMLSyntaxError {
        guard let innermost = open.last ?? name else { return fail("the document ends inside a comment, a declaration or a tag") }
        return error(.unclosed(innermost))
    }

    /// At the end of the text, the element is unclosed; elsewhere, `words`.
    func eofOr(_ words: String, in element: String?) -> XMLSyntaxError {
        at >= end ? unclosed(name: element.map(Self.local)) : fail(words)
    }

    func control() -> XMLSyntaxError {
        fail("a control character (U+\(String(bytes[at], radix: 16, uppercase: true).leftPadded(4))) is not allowed")
    }

    func error(_ problem: XMLSyntaxError.Problem) -> XMLSyntaxError {
        var line = 1, lineStart = 0, i = 0
        while i < min(at, end) {
            if bytes[i] == UInt8(ascii: "\n") || (bytes[i] == UInt8(ascii: "\r") && bytes[i + 1] != UInt8(ascii: "\n")) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        return XMLSyntaxError(line: line, column: min(at, end) - lineStart + 1, problem: problem)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
