import LegworkKit
import Testing

@Suite("JSON syntax positions")
struct JSONSyntaxErrorTests {
    @Test(arguments: [
        #"[1, 2, {"a": [true, false, null, -0.5e+3, "x\u00e9\n"]}]"#, "  {}  ", "\u{FEFF}[]", #""é""#, "0",
    ])
    func validJSONHasNoError(text: String) {
        #expect(JSONSyntaxError.locate(in: text) == nil)
    }

    @Test(arguments: [
        ("[1, 2", 1, 6, "expected \",\" or \"]\" but found the end of the file"),
        ("[1 2]", 1, 4, "expected \",\" or \"]\" but found \"2\""),
        ("{\"a\" 1}", 1, 6, "expected \":\" after the key \"a\" but found \"1\""),
        ("{a: 1}", 1, 2, "expected a key in double quotes but found \"a\""),
        ("[\"é\\x\"]", 1, 5, "unknown escape \\\"x\" in text"),
        ("[01]", 1, 3, "numbers must not start with 0"),
        ("[1.]", 1, 4, "expected a digit after the decimal point"),
        ("[] []", 1, 4, "unexpected \"[\" after the end of the document"),
        ("[1,]", 1, 4, "remove the comma after the last item of this list"),
        ("\"abc", 1, 5, "unexpected end of file inside text; a closing \" is missing"),
    ])
    func errorPositions(text: String, line: Int, column: Int, message: String) {
        #expect(JSONSyntaxError.locate(in: text) == JSONSyntaxError(line: line, column: column, message: message))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 10_000)
        #expect(JSONSyntaxError.locate(in: text)?.message == "nested more than 64 levels deep")
    }
}
