import LegworkKit
import Testing
@testable import LegworkTUI

/// "Log a run" from Home: the fields in plain words, checked as the command line checks them.
@Suite struct RunLogScreenTests {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!

    func press(_ screen: inout RunLogScreen, _ keys: [Key]) -> [ScreenAction] {
        keys.flatMap { screen.handle(.key($0), at: .origin) }
    }

    func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func aLongRunWithItsTimeIsAskedToBeSaved() throws {
        var screen = RunLogScreen(today: Self.today)
        #expect(screen.isEditingText)
        let actions = press(&screen, typing("21.1 km") + [.tab, .right, .tab] + typing("1:58:00") + [.enter])
        guard case let .command(.saveRun(entry))? = actions.last else { Issue.record("no save: \(actions)"); return }
        #expect(entry == RunFormEntry(metres: 21_100, kind: .long, seconds: 7080, date: Self.today, pain: nil))
        #expect(screen.isSaving)
        _ = screen.handle(.message(.runSaved("Logged: Wednesday 2 December: 21.1 km long run in 1:58:00.")), at: .origin)
        #expect(!screen.isSaving && screen.texts[.distance] == "" && screen.message?.good == true)
    }

    @Test func aWrongFieldSaysWhatToTypeAndTakesTheFocus() {
        var screen = RunLogScreen(today: Self.today)
        #expect(press(&screen, typing("8kg") + [.enter]).isEmpty)
        #expect(screen.message?.text == "Distance: type how far, like 8 km, 21.1 km or 5 mi." && screen.focus == .distance)
        _ = press(&screen, [.backspace, .character("m"), .tab, .tab, .tab, .backspace] + typing("3") + [.tab] + typing("11") + [.enter])
        #expect(screen.message?.text == "Day: a run is logged once it happened, today or before." && screen.focus == .date)
        _ = press(&screen, [.backspace] + typing("2") + [.enter])
        #expect(screen.message?.text == "Pain: a number from 0 (none) to 10 (worst), or empty." && screen.focus == .pain)
    }

    @Test func theFormAtEightyByTwentyFour() throws {
        var screen = RunLogScreen(today: Self.today)
        _ = press(&screen, typing("8 km"))
        let frame = try drive([.key(.character("q"))], root: screen).0.frames[0]
        #expect(frame.lines[0].hasPrefix(" Legwork · Log a run"))
        #expect(frame.lines[5] == "  › Distance 8 km            8 km, 21.1 km or 5 mi")
        #expect(frame.lines[6] == "    Kind     < easy run >    ←→ to choose")
        #expect(frame.lines[8] == "    Day      2026-12-02      YYYY-MM-DD, today unless you change it")
        // While a field takes text, q is a letter, not quit.
        #expect(screen.isEditingText)
    }
}
