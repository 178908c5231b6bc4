import LegworkKit
import LegworkTUI
import Testing
@testable import LegworkApp

/// `legwork run --metronome SPM` on a virtual clock: a bell per step, each at its deadline.
@Suite struct MetronomeHeadlessTests {
    @Test func aBellPerStepAtItsDeadline() throws {
        let clock = VirtualClock()
        var written = "", waits: [Duration] = []
        try RunAction.metronome(stepsPerMinute: 172, minutes: 0.05, clock: clock,
                                wait: { waits.append($0); clock.advance(by: $0) }, write: { written += $0 })
        #expect(written.filter { $0 == "\u{07}" }.count == 8)
        #expect(written.hasPrefix("A bell on every step: 172 steps a minute for 0:00:03. Ctrl-C stops.\n"))
        #expect(written.hasSuffix("\n8 steps.\n"))
        // Deadlines, not intervals: a late beat is followed by a shorter wait.
        #expect(clock.now() == Moment(.milliseconds(60_000) * 7 / 172))
        clock.advance(by: .seconds(-100))
        #expect(throws: UsageError.self) {
            try RunAction.metronome(stepsPerMinute: 300, minutes: 1, clock: clock, wait: { _ in }, write: { _ in })
        }
    }

    @Test func aLateBeatDoesNotPushTheNextOnesBack() throws {
        let clock = VirtualClock()
        var count = 0
        try RunAction.metronome(stepsPerMinute: 120, minutes: 0.05, clock: clock, wait: { wait in
            // The wait before the second beat runs 300 ms late; the next wait is shorter, the deadlines hold.
            clock.advance(by: wait + (count == 1 ? .milliseconds(300) : .zero))
        }, write: { if $0 == "\u{07}" { count += 1 } })
        #expect(count == 6 && clock.now() == Moment(.milliseconds(2500)))
    }
}
