import LegworkKit
import Testing
@testable import LegworkTUI

struct ChosenStretch: Route, Equatable { let minutes: Int; let focus: StretchFocus? }

/// Home's stretch chooser: the length and the focus together, every key with one meaning.
@Suite struct StretchChooserTests {
    func chooser() -> StretchChooserScreen {
        StretchChooserScreen(lengths: [5, 10, 15, 20, 30], defaultMinutes: 15, intro: "A follow-along stretch.") { ChosenStretch(minutes: $0, focus: $1) }
    }

    func opened(_ actions: [ScreenAction]) -> ChosenStretch? {
        guard case let .open(route, _)? = actions.first else { return nil }
        return route as? ChosenStretch
    }

    @Test func enterAloneTakesFifteenMinutesWithNoFocus() {
        var screen = chooser()
        #expect(opened(screen.handle(.key(.enter), at: .origin)) == ChosenStretch(minutes: 15, focus: nil))
    }

    @Test func tenMinutesOfHamstringsAndHipsAreBothReachable() {
        var screen = chooser()
        _ = screen.handle(.key(.character("2")), at: .origin)
        _ = screen.handle(.key(.down), at: .origin)
        for _ in 0..<3 { _ = screen.handle(.key(.right), at: .origin) }
        #expect(opened(screen.handle(.key(.enter), at: .origin)) == ChosenStretch(minutes: 10, focus: .hamstrings))
        var hips = chooser()
        _ = hips.handle(.key(.down), at: .origin)
        _ = hips.handle(.key(.left), at: .origin)   // wraps to the last focus, back
        _ = hips.handle(.key(.left), at: .origin)
        _ = hips.handle(.key(.left), at: .origin)
        #expect(opened(hips.handle(.key(.enter), at: .origin)) == ChosenStretch(minutes: 15, focus: .hips))
    }

    @Test func noKeyHasTwoMeanings() {
        let keys = chooser().keyTable.bindings.flatMap(\.patterns)
        #expect(keys.count == Set(keys).count)
    }

    @Test func theRowsShowTheChoiceAndFitFortyColumns() {
        var screen = chooser()
        _ = screen.handle(.key(.down), at: .origin)
        _ = screen.handle(.key(.right), at: .origin)
        let text = runnerFrame(screen, at: .origin, size: Size(width: 40, height: 12)).text
        #expect(text.contains("[15]"))
        #expect(text.contains("[calves]"))
        #expect(text.contains("15 minutes, calves first"))
    }
}

/// A page longer than the window scrolls, and says that more is below.
@Suite struct ChoiceScreenScrollTests {
    @Test func aLongPageScrollsAndSaysMoreIsBelow() {
        var screen = ChoiceScreen(title: "Stretch", lines: (1...40).map { "\($0). stretch" }, prompt: "Press Enter to begin.", accept: [])
        _ = screen.handle(.resize(Size(width: 80, height: 21)), at: .origin)
        let first = runnerFrame(screen, at: .origin).text
        #expect(first.contains("1. stretch"))
        #expect(first.contains("more lines below"))
        #expect(!first.contains("40. stretch"))
        for _ in 0..<5 { _ = screen.handle(.key(.pageDown), at: .origin) }
        let last = runnerFrame(screen, at: .origin).text
        #expect(last.contains("40. stretch"))
        #expect(!last.contains("more lines below"))
        #expect(last.contains("Press Enter to begin."))
    }
}
