import Testing
@testable import LegworkTUI

@Suite struct BigDigitsTests {
    @Test(arguments: [(0, "0"), (9, "9"), (45, "45"), (59, "59"), (60, "1:00"), (90, "1:30"), (605, "10:05"), (-3, "0")])
    func countdownText(seconds: Int, text: String) {
        #expect(BigDigits.text(seconds: seconds) == text)
    }

    @Test func digitsAreFiveRowsOfBlocks() {
        #expect(BigDigits.lines("1:05", unicode: true) == [
            "  #    #### ####".replacingOccurrences(of: "#", with: "█"),
            " ##  # #  # #   ".replacingOccurrences(of: "#", with: "█"),
            "  #    #  # ####".replacingOccurrences(of: "#", with: "█"),
            "  #  # #  #    #".replacingOccurrences(of: "#", with: "█"),
            " ###   #### ####".replacingOccurrences(of: "#", with: "█"),
        ])
    }

    @Test func asciiKeepsHashes() {
        #expect(BigDigits.lines("20", unicode: false) == [
            "#### ####",
            "   # #  #",
            "#### #  #",
            "#    #  #",
            "#### ####",
        ])
    }

    @Test(arguments: [("8", 4), ("45", 9), ("1:30", 16), ("10:00", 21)])
    func width(text: String, columns: Int) {
        #expect(BigDigits.width(of: text) == columns)
        #expect(BigDigits.lines(text, unicode: false).allSatisfy { $0.count == columns })
    }

    @Test func renderDrawsASolidBoxInOneStyle() {
        var canvas = Canvas(size: Size(width: 6, height: 5))
        canvas.fill(canvas.bounds, with: "x")
        BigDigits.render("7", x: 1, y: 0, style: .good, into: &canvas, clip: canvas.bounds, unicode: false)
        #expect(canvas.lines == ["x####x", "x   #x", "x  # x", "x #  x", "x #  x"])
        for y in 0..<5 {
            #expect((1...4).allSatisfy { canvas[$0, y].style == .good })
            #expect(canvas[0, y].style == .plain && canvas[5, y].style == .plain)
        }
    }

    @Test(arguments: [(0.0, "..........", "ascii"), (0.5, "#####.....", "ascii"), (0.99, "#########.", "ascii"), (1.0, "##########", "ascii"), (0.25, "██░░░░░░░░", "unicode")])
    func progressBar(fraction: Double, bar: String, set: String) {
        #expect(ProgressBar.text(fraction: fraction, width: 10, glyphs: set == "ascii" ? .ascii : .unicode) == bar)
    }
}
