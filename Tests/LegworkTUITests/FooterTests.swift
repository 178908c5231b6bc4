import Testing
@testable import LegworkTUI

/// The key bar in a narrow window: the keys move closer together before any is cut.
@Suite struct FooterTests {
    static let keys = [KeyHelp("Tab ↓", "next field", footer: true, footerKeys: "Tab"), KeyHelp("Enter", "save", footer: true),
                       KeyHelp("Esc", "back", footer: true), KeyHelp("Backspace", "erase")]

    @Test func aWideWindowSpacesTheKeys() {
        #expect(Chrome.footer(keys: Self.keys, quitKey: true, width: 80, glyphs: .unicode)
            == " Tab next field  ·  Enter save  ·  Esc back  ·  q quit")
    }

    @Test func aNarrowWindowKeepsEveryKeyByClosingTheGaps() {
        // The run log's keys while a field takes the typing (no q): whole at 40 columns.
        let line = Chrome.footer(keys: Self.keys, quitKey: false, width: 40, glyphs: .unicode)
        #expect(line == " Tab next field · Enter save · Esc back")
        #expect(DisplayWidth.of(line) <= 40)
    }

    @Test func whatStillDoesNotFitEndsInAnEllipsis() {
        let line = Chrome.footer(keys: Self.keys, quitKey: true, width: 30, glyphs: .ascii)
        #expect(line.hasSuffix("..."))
        #expect(DisplayWidth.of(line) <= 30)
    }
}

/// The `?` help in a window too short for all its keys: ↑↓ scroll it, any other key closes it.
@Suite struct SmallHelpTests {
    @Test func theHelpScrollsToItsLastKeyAtFortyByTwelve() throws {
        let plan = PlanScreen(plan: PlanScreenFixtures.plan, today: PlanScreenFixtures.today)
        let keys: [Key] = [.character("?")] + Array(repeating: .character("j"), count: 20) + [.character("x")]
        let frames = try drive([.resize(Size(width: 40, height: 12))] + keys.map { .key($0) } + [.key(.character("q"))],
                               size: Size(width: 40, height: 12), root: plan).0.frames
        let first = try #require(frames.first { $0.text.contains("Keys: My plan") })
        #expect(first.text.contains("↑↓ more, any other key closes"), "\(first.text)")
        #expect(!first.text.contains("Ctrl-L"))
        let scrolled = try #require(frames.last { $0.text.contains("Keys: My plan") })
        #expect(scrolled.text.contains("Ctrl-L"), "the last key reached:\n\(scrolled.text)")
        #expect(frames.last.map { !$0.text.contains("Keys: My plan") } == true, "x closed the help")
    }
}
