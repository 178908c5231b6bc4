/// The one rule for text that came from data (a card's name, an imported record, a file name, a
/// store's error) before it reaches a terminal, a pipe or a spreadsheet.
///
/// A terminal obeys control characters: ESC starts sequences that set the clipboard (OSC 52), retitle
/// the window or move the cursor, C1 controls (U+0080–U+009F) do the same on some terminals, and bidi
/// overrides (U+202A–U+202E, U+2066–U+2069) and marks (U+200E, U+200F, U+061C) reorder what a reader
/// sees, and a byte-order mark (U+FEFF) or tag characters (U+E0000–U+E007F) hide text. Such characters are never
/// written raw: they are shown as a visible escape (`\u{1B}`), so nothing is hidden and nothing acts.
/// Tab and newline are kept where a text may hold lines (`keepingLines`).
public enum SafeText {
    /// True for a scalar that must never reach a terminal raw: C0 controls and DEL, C1 controls, the bidi
    /// embeddings, overrides, isolates and marks, the line and paragraph separators (which some terminals
    /// treat as line breaks), the byte-order mark and the invisible tag characters.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        case 0x200E, 0x200F, 0x061C, 0xFEFF, 0xE0000...0xE007F: true
        default: false
        }
    }

    /// True when `text` holds a character `isUnsafe` refuses (tab and newline count only when
    /// `keepingLines` is false).
    public static func hasUnsafe(_ text: some StringProtocol, keepingLines: Bool = false) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasUnsafe(utf8: $0, keepingLines: keepingLines) }
            ?? Array(text.utf8).withUnsafeBufferPointer { hasUnsafe(utf8: $0, keepingLines: keepingLines) }
    }

    /// `hasUnsafe` of a document already in UTF-8 (a plan's JSON as it is printed).
    public static func hasUnsafe(utf8 bytes: [UInt8], keepingLines: Bool = false) -> Bool {
        bytes.withUnsafeBufferPointer { hasUnsafe(utf8: $0, keepingLines: keepingLines) }
    }

    /// Reads UTF-8 bytes, without decoding scalars: a whole plan is checked before it is printed. C0 and
    /// DEL are single bytes, C1 is 0xC2 then 0x80–0x9F, and the marks are 0xE2 0x80 0xA8–0xAE
    /// (separators, embeddings, overrides), 0xE2 0x81 0xA6–0xA9 (isolates), 0xE2 0x80 0x8E–0x8F and 0xD8
    /// 0x9C (marks), 0xEF 0xBB 0xBF (byte-order mark) and 0xF3 0xA0 0x80–0x81 then any (tags).
    ///
    /// Eight bytes are tested at once, and passed over when each is printable ASCII (0x20–0x7E): a plan's
    /// JSON is 300 KB of mostly such bytes, and testing them one by one was a tenth of printing it.
    private static func hasUnsafe(utf8 bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> Bool {
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if isPrintableASCII(word) {
                    i += 8
                    continue
                }
                for j in i..<(i + 8) where isUnsafeByte(at: j, in: bytes, keepingLines: keepingLines) { return true }
                i += 8
            }
        }
        while i < bytes.count {
            if isUnsafeByte(at: i, in: bytes, keepingLines: keepingLines) { return true }
            i += 1
        }
        return false
    }

    /// True when every byte of `word` is 0x20–0x7E. A byte below 0x20 sets its top bit in
    /// `word - 0x20…` while clear in `word`; a byte of 0x7F or more has it set in `word + 0x01…` or in
    /// `word` (a carry leaves a byte only from 0xFF, which `word` already shows). False alarms are
    /// possible, misses are not: the bytes of a flagged word are then read one by one.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word & high
        let delOrAbove = (word | (word &+ ones)) & high
        return belowSpace | delOrAbove == 0
    }

    /// Whether the byte at `i` ends an unsafe character (the bytes before it read for the longer ones).
    private static func isUnsafeByte(at i: Int, in bytes: UnsafeBufferPointer<UInt8>, keepingLines: Bool) -> Bool {
        let byte = bytes[i]
        if byte < 0x20 { return !(keepingLines && (byte == 0x0A || byte == 0x09)) }
        if byte == 0x7F { return true }
        guard byte >= 0x80, i > 0 else { return false }
        let oneBack = bytes[i - 1]
        let twoBack = i > 1 ? bytes[i - 2] : 0
        if oneBack == 0xC2 && byte <= 0x9F { return true }
        if twoBack == 0xE2 && oneBack == 0x80 && (0xA8...0xAE).contains(byte) { return true }
        if twoBack == 0xE2 && oneBack == 0x81 && (0xA6...0xA9).contains(byte) { return true }
        if twoBack == 0xE2 && oneBack == 0x80 && (0x8E...0x8F).contains(byte) { return true }
        if oneBack == 0xD8 && byte == 0x9C { return true }
        if twoBack == 0xEF && oneBack == 0xBB && byte == 0xBF { return true }
        if i > 2, bytes[i - 3] == 0xF3, twoBack == 0xA0, oneBack == 0x80 || oneBack == 0x81 { return true }
        return false
    }

    /// `text` with every unsafe character written as a visible escape (`\u{1B}`): one line for a
    /// single-line field, or several with `keepingLines` (tab, newline and the carriage return of a
    /// CRLF line end kept: CSV and iCalendar end their lines so).
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        guard hasUnsafe(text, keepingLines: keepingLines) else { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            let lineEnd = scalar == "\n" || scalar == "\t" || (scalar == "\r" && next == "\n")
            if isUnsafe(scalar), !(keepingLines && lineEnd) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` on one line: tab, carriage return and newline become spaces (a record's field that a file
    /// wrapped by hand); other unsafe characters are left for `hasUnsafe` to find.
    public static func flattened(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 }))
    }

    /// A document meant for a terminal or a pipe (plain text, CSV, Markdown, iCalendar): lines kept,
    /// every other unsafe character escaped.
    public static func document(_ text: String) -> String { escaped(text, keepingLines: true) }

    /// A JSON document with the unsafe characters that JSON allows raw (C1, bidi, separators) written
    /// as `\uXXXX` escapes: the same value for a JSON reader, harmless for a terminal. JSON writers
    /// already escape C0 controls, and unsafe characters cannot stand outside strings in valid JSON.
    public static func json(_ text: String) -> String {
        guard hasUnsafe(text, keepingLines: true) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar), scalar != "\n", scalar != "\t", scalar != "\r" {
                // Beyond U+FFFF (the tags) JSON writes the UTF-16 surrogate pair.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16, uppercase: true)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The escape shown for an unsafe scalar: `\u{1B}`, `\u{202E}`.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// A CSV cell that a spreadsheet would read as a formula (it starts with `=`, `+`, `-` or `@`, or
    /// with a tab or carriage return before one) gets a leading apostrophe, the mark spreadsheets take
    /// as "this is text" (OWASP's advice for CSV injection). Numbers such as `-2.5` are left alone.
    public static func csvCellText(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        if Double(cell) != nil { return cell }
        return "'" + cell
    }
}
