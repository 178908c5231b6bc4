import LegworkKit
import Testing

/// The one text-safety rule (`SafeText`) every printed line and every screen uses.
@Suite struct SafeTextTests {
    @Test(arguments: [
        ("plain text", "plain text"),
        ("a\u{1B}]52;c;Y3VybA==\u{7}b", "a\\u{1B}]52;c;Y3VybA==\\u{7}b"),
        ("\u{9B}31m red", "\\u{9B}31m red"),
        ("Squat \u{202E}tauqs", "Squat \\u{202E}tauqs"),
        ("iso\u{2066}late\u{2069}", "iso\\u{2066}late\\u{2069}"),
        ("line\u{2028}sep", "line\\u{2028}sep"),
        ("del\u{7F}", "del\\u{7F}"),
        ("one\ntwo\tthree", "one\\u{A}two\\u{9}three"),
        ("Café ✓ 日本", "Café ✓ 日本"),
        ("right\u{200F}mark left\u{200E}mark arabic\u{061C}mark", "right\\u{200F}mark left\\u{200E}mark arabic\\u{61C}mark"),
        ("\u{FEFF}bom", "\\u{FEFF}bom"),
        ("tag\u{E0041}\u{E007F}", "tag\\u{E0041}\\u{E007F}"),
    ])
    func unsafeCharactersAreShownEscaped(raw: String, shown: String) {
        #expect(SafeText.escaped(raw) == shown)
        #expect(!SafeText.hasUnsafe(SafeText.escaped(raw)))
    }

    /// The check reads bytes; it finds exactly the scalars `isUnsafe` names, wherever they stand.
    @Test func theCheckFindsExactlyTheUnsafeScalars() {
        let scalars = (0...0x2100).compactMap { Unicode.Scalar(UInt32($0)) } + [Unicode.Scalar(0x1F600)!, Unicode.Scalar(0xFEFF)!, Unicode.Scalar(0xFEFE)!, Unicode.Scalar(0xE0000)!,
                                                                              Unicode.Scalar(0xE0041)!, Unicode.Scalar(0xE007F)!, Unicode.Scalar(0xE0080)!, Unicode.Scalar(0xF0041)!]
        for scalar in scalars {
            for keepingLines in [false, true] {
                let unsafe = SafeText.isUnsafe(scalar) && !(keepingLines && (scalar == "\n" || scalar == "\t"))
                // Also at each place in a run of ASCII, which the check reads eight bytes at a time.
                let padded = (0..<9).map { String(repeating: "a", count: $0) + "\(scalar)" + String(repeating: "b", count: 9) }
                for text in ["\(scalar)", "é\(scalar)–", "\u{2013}\(scalar)"] + padded {
                    #expect(SafeText.hasUnsafe(text, keepingLines: keepingLines) == unsafe, "U+\(String(scalar.value, radix: 16))")
                }
            }
        }
    }

    @Test func documentsKeepTheirLines() {
        // A CRLF line end stays (CSV, iCalendar); a lone carriage return (text drawn over) does not.
        #expect(SafeText.document("one\ntwo\tx\u{1B}[2J\r\nthree\rhidden") == "one\ntwo\tx\\u{1B}[2J\r\nthree\\u{D}hidden")
    }

    /// JSON keeps the value: C1, bidi and separators become \uXXXX, which a JSON reader turns back.
    @Test func jsonIsEscapedTheJSONWay() throws {
        let json = "{\"name\": \"a\u{202E}b\u{85}c\"}\n"
        #expect(SafeText.json(json) == "{\"name\": \"a\\u202Eb\\u0085c\"}\n")
        // A tag character is beyond U+FFFF: written as its surrogate pair, as JSON spells it.
        #expect(SafeText.json("\"t\u{E0041}\"") == "\"t\\uDB40\\uDC41\"")
    }

    @Test(arguments: [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+cmd", "'+cmd"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("-2.5", "-2.5"), ("Glute bridge", "Glute bridge"), ("", ""),
    ])
    func csvCellsThatStartAFormulaAreText(cell: String, written: String) {
        #expect(SafeText.csvCellText(cell) == written)
    }

    @Test func namesAreCutForDisplay() {
        #expect(TextLimits.cut("abcdef", to: 4) == "abc…")
        #expect(TextLimits.cut("abcd", to: 4) == "abcd")
    }
}
