import Testing
@testable import LegworkKit

/// Text values as the catalog's parser reads them: plain runs taken whole, escapes anywhere among them.
@Suite("Reading JSON text values")
struct JSONParserStringTests {
    private func text(_ json: String) throws -> String? {
        guard case .array(let items) = try JSONParser.parse(json), case .string(let value)? = items.first else { return nil }
        return value
    }

    @Test func plainRunsAndEscapesAnywhereGiveTheSameText() throws {
        let cases: [(String, String)] = [
            (#"[""]"#, ""),
            (#"["plain words"]"#, "plain words"),
            (#"["\"quoted\" at the start"]"#, "\"quoted\" at the start"),
            (#"["at the end \\"]"#, "at the end \\"),
            (#"["a\tb\nc\/d\be\ff\rg"]"#, "a\tb\nc/d\u{8}e\u{C}f\rg"),
            (#"["caf\u00e9 and café"]"#, "café and café"),
            (#"["run \ud83c\udfc3 fast"]"#, "run 🏃 fast"),
            (#"["\u0041\u0042"]"#, "AB"),
        ]
        for (json, expected) in cases {
            #expect(try text(json) == expected, "\(json)")
        }
    }

    @Test func brokenTextIsNamedWhereItBreaks() {
        let cases: [(String, String)] = [
            ("[\"tab\there\"]", "line 1, column 6: control character inside text; write it as an escape such as \\t"),
            ("[\"open", "line 1, column 7: unexpected end of file inside text; a closing \" is missing"),
            ("[\"two\nlines\"]", "line 1, column 6: line break inside text; a closing \" is missing (write \\n for a line break)"),
            (#"["bad \q escape"]"#, #"line 1, column 8: unknown escape \"q" in text"#),
            (#"["half \ud83c pair"]"#, "line 1, column 14: unpaired \\u surrogate in text"),
        ]
        for (json, message) in cases {
            #expect(JSONSyntaxError.locate(in: json)?.description == message, "\(json.debugDescription)")
        }
    }
}
