@testable import LegworkApp
import Testing

@Suite struct ProgramStartTests {
    @Test func theRunQueueWaitIsTheSecondSchedstatField() {
        #expect(ProgramStart.parseRunQueueWait("5230418 112233 17\n") == .nanoseconds(112_233))
        #expect(ProgramStart.parseRunQueueWait("5230418") == nil)
        #expect(ProgramStart.parseRunQueueWait("") == nil)
        #expect(ProgramStart.parseRunQueueWait("1 -5 2\n") == nil)
    }

    @Test func theStartTimeIsField22CountedAfterTheCommandName() {
        let line = "4242 (leg work) (x) S 1 4242 4242 34816 4242 4194560 1182 0 0 0 5 3 0 0 20 0 1 0 987654 23000000 5000\n"
        #expect(ProgramStart.parseStartTicks(line) == 987_654)
        #expect(ProgramStart.parseStartTicks("4242 (legwork) S 1 2") == nil)
        #expect(ProgramStart.parseStartTicks("garbage") == nil)
    }

    /// Both bounds are below the age of this test process, which has run far longer than a start-up.
    @Test func bothBoundsAreReadAndNeverNegativeForALongRunningProcess() throws {
        let fromStat = try #require(ProgramStart.startTimeAge())
        let accounted = try #require(ProgramStart.accountedAge())
        #expect(fromStat > .zero && accounted > .zero)
    }

    /// Once the process has used more than a start-up's worth of CPU (as `swift run` has before it
    /// execs), moment zero falls back to the call itself instead of reaching back into that time.
    @Test func anAgeBeyondAPlausibleStartUpIsNotCharged() throws {
        var spin: UInt64 = 0
        while try #require(ProgramStart.accountedAge()) <= ProgramStart.plausibleStartUp
            || #require(ProgramStart.startTimeAge()) <= ProgramStart.plausibleStartUp { spin &+= 1 }
        let now = ContinuousClock.now
        #expect(ProgramStart.origin(now: now) == now)
    }
}
