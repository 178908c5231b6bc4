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
