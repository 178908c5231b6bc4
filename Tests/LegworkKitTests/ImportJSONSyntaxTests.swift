import LegworkKit
import Testing

@Suite("Import: JSON syntax positions")
struct ImportJSONSyntaxTests {
    @Test(arguments: [
        #"[1, 2, {"a": [true, false, null, -0.5e+3, "x\u00e9\n"]}]"#, "  {}  ", "\u{FEFF}[]", #""é""#, "0",
    ])
    func validJSONHasNoError(text: String) {
        #expect(JSONSyntaxError.locate(in: text) == nil)
    }

    @Test(arguments: [
        ("[1, 2", 1, 6, "expected ',' or ']', found the end of the file"),
        ("[1 2]", 1, 4, "expected ',' or ']', found '2'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key, found '1'"),
        ("{a: 1}", 1, 2, "expected a \"quoted\" key, found 'a'"),
        ("[\n\n  tru]", 3, 3, "expected true"),
        ("[\"ab\ncd\"]", 1, 5, "string not closed before the end of the line"),
        ("[\"é\\x\"]", 1, 5, "invalid escape \\'x' in a string"),
        ("[01]", 1, 3, "expected ',' or ']', found '1'"),
        ("[1.]", 1, 4, "expected a digit after '.'"),
        ("[] []", 1, 4, "unexpected text after the end of the JSON value"),
        ("[1,]", 1, 4, "expected a value, found ']'"),
        ("\"abc", 1, 5, "unexpected end of file inside a string"),
    ])
    func errorPositions(text: String, line: Int, column: Int, message: String) {
        #expect(JSONSyntaxError.locate(in: text) == JSONSyntaxError(line: line, column: column, message: message))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000)
        #expect(JSONSyntaxError.locate(in: text)?.message == "nested more than 512 levels deep")
    }
}
