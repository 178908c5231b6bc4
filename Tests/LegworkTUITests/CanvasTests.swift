import Testing
import LegworkKit
@testable import LegworkTUI

@Suite struct CanvasTests {
    @Test func writesAndClipsAtTheRightEdge() {
        var canvas = Canvas(size: Size(width: 10, height: 2))
        let end = canvas.write("Hello, runner", x: 2, y: 0)
        #expect(canvas.lines == ["  Hello, r", ""])
        #expect(end == 10)
    }

    @Test func clipsToARectangle() {
        var canvas = Canvas(size: Size(width: 12, height: 3))
        canvas.write("abcdefgh", x: 1, y: 1, clip: Rect(x: 3, y: 1, width: 4, height: 1))
        #expect(canvas.lines == ["", "   cdef", ""])
        canvas.write("zzz", x: 0, y: 2, clip: Rect(x: 0, y: 0, width: 12, height: 2))
        #expect(canvas.lines[2] == "")
    }

    @Test func wideCharactersTakeTwoCells() {
        var canvas = Canvas(size: Size(width: 8, height: 1))
        let end = canvas.write("日本x", x: 0, y: 0)
        #expect(end == 5)
        #expect(canvas[0, 0].text == "日")
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas[4, 0].text == "x")
        #expect(canvas.lines == ["日本x"])
    }

    @Test func aWideCharacterThatWouldStraddleTheEdgeBecomesASpace() {
        var canvas = Canvas(size: Size(width: 3, height: 1))
        canvas.write("a日本", x: 0, y: 0)
        #expect(canvas.line(0) == "a日")
        var narrow = Canvas(size: Size(width: 2, height: 1))
        narrow.write("a日", x: 0, y: 0)
        #expect(narrow.line(0) == "a ")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.write("日本", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)   // lands on the right half of 日
        #expect(canvas.line(0) == " x本  ")
        canvas.write("y", x: 2, y: 0)   // lands on the left half of 本
        #expect(canvas.line(0) == " xy   ")
    }

    @Test func combiningMarksStayWithTheirLetter() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let decomposed = "Cafe\u{301}!"
        let end = canvas.write(decomposed, x: 0, y: 0)
        #expect(end == 5)
        #expect(canvas[3, 0].text == "e\u{301}")
        #expect(canvas[4, 0].text == "!")
    }

    @Test func controlCharactersAreShownEscapedAndLineBreaksDropped() {
        var canvas = Canvas(size: Size(width: 40, height: 1))
        canvas.write("a\u{1B}[2Jb\n\u{9B}c\u{202E}d\u{2066}", x: 0, y: 0)
        #expect(canvas.lines == ["a\\u{1B}[2Jb\\u{9B}c\\u{202E}d\\u{2066}"])
        #expect(!canvas.cells.contains { SafeText.hasUnsafe($0.text) })
    }

    @Test func stylesShowInTheMask() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        canvas.write("ab", x: 0, y: 0, style: .selected)
        canvas.write("c", x: 3, y: 0, style: .title)
        #expect(canvas.styleMask(0) == "rr.A..")
    }

    @Test(arguments: [
        ("a", 1), ("é", 1), ("日", 2), ("\u{301}", 0), ("🏃", 2), ("\u{200B}", 0), ("─", 1), ("Ａ", 2),
    ])
    func displayWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsBetweenWordsNeverInside() {
        let lines = TextWrap.lines("Keep the pelvis level as you drive through the top foot", width: 16)
        #expect(lines == ["Keep the pelvis", "level as you", "drive through", "the top foot"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 16 })
    }

    @Test func aWordLongerThanTheLineIsSplit() {
        #expect(TextWrap.lines("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    /// A pasted 1M-character name once took minutes (each cut re-measured the rest of the word): wrapped
    /// and cut right. (No clock here: a quadratic wrap would hold the whole suite up for minutes.)
    @Test func wrappingIsLinearInTheTextsLength() {
        let name = String(repeating: "x", count: 1_000_000)
        let lines = TextWrap.lines("A " + name + " b", width: 70)
        #expect(lines.count == 1 + (1_000_000 + 69) / 70)
        #expect(lines.first == "A")
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 70 })
        #expect(lines.last == String(repeating: "x", count: 1_000_000 % 70) + " b")
        #expect(TextWrap.truncate(name, width: 10) == "xxxxxxxxx…")
    }

    @Test func aCharacterWiderThanTheLineStandsAlone() {
        #expect(TextWrap.lines("日本", width: 1) == ["日", "本"])
        #expect(TextWrap.truncate("日本", width: 1) == "日")
    }

    @Test func keepsParagraphs() {
        #expect(TextWrap.lines("one two\n\nthree", width: 20) == ["one two", "", "three"])
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextWrap.truncate("Bulgarian split squat", width: 10) == "Bulgarian…")
        #expect(TextWrap.truncate("Bulgarian split squat", width: 10, ellipsis: "...") == "Bulgari...")
        #expect(TextWrap.truncate("short", width: 10) == "short")
    }

    @Test func asciiFallbackKeepsTextReadable() {
        #expect(AsciiFallback.map("3 × 10 – rest · 60 s") == "3 x 10 - rest - 60 s")
        #expect(AsciiFallback.map("┌──┐") == "+--+")
        #expect(AsciiFallback.map("plain") == "plain")
    }
}
