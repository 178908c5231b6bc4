import LegworkKit
import Testing
@testable import LegworkTUI

/// Words longer than a 40x12 window scroll with ↑↓ and stop at their end; a new question starts at its top.
@Suite struct SmallWindowScrollTests {
    static let small = Size(width: 40, height: 12)

    @Test func theStrengthCheckScrollsItsCardAndTheNextQuestionStartsAtTheTop() {
        var check = CheckScreen(tests: [.heelRaise, .painFreeRun], leftOut: ["Left out today: 10 single-leg hops, for the knee."],
                                profile: Profile(), today: CalendarDate(year: 2026, month: 12, day: 1)!)
        _ = check.handle(.resize(Chrome.body(of: Self.small).size), at: .origin)
        let top = runnerFrame(check, at: .origin, size: Self.small).text
        #expect(top.contains("Get in position") && top.contains("↓ more"), "\(top)")
        for _ in 0..<30 { _ = check.handle(.key(.down), at: .origin) }
        let end = runnerFrame(check, at: .origin, size: Self.small).text
        #expect(end.contains("for the knee."), "the last words reached:\n\(end)")
        #expect(end.contains("↑ more") && !end.contains("↓ more"), "\(end)")
        _ = check.handle(.key(.character("s")), at: .origin)   // leave the heel raises out: the next test's card
        let next = runnerFrame(check, at: .origin, size: Self.small).text
        #expect(next.contains("30 minutes of pain-free running") && !next.contains("↑ more"), "\(next)")
    }

    @Test func theSafetyStopScrollsToItsWholeMessage() {
        var stop = SafetyStopScreen(message: SafetyMessage.stop(exercise: "Split squat", pain: 7, redFlag: false),
                                    summary: ScreenSnapshotTests.finishedEngine().summary)
        _ = stop.handle(.resize(Chrome.body(of: Self.small).size), at: .origin)
        for _ in 0..<30 { _ = stop.handle(.key(.character("j")), at: .origin) }
        let end = runnerFrame(stop, at: .origin, size: Self.small).text
        #expect(end.contains("shows the summary."), "\(end)")
        #expect(!end.contains("↓ more"))
    }
}
