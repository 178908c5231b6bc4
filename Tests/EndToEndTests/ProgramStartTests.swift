@testable import legwork
import Testing

@Suite struct ProgramStartTests {
    @Test func theRunQueueWaitIsTheSecondSchedstatField() {
        #expect(ProgramStart.parseRunQueueWait("5230418 112233 17\n") == .nanoseconds(112_233))
        #expect(ProgramStart.parseRunQueueWait("5230418") == nil)
        #expect(ProgramStart.parseRunQueueWait("") == nil)
        #expect(ProgramStart.parseRunQueueWait("1 -5 2\n") == nil)
    }

    /// Once the process has used more than a start-up's worth of CPU (as `swift run` has before it
    /// execs), moment zero falls back to the call itself instead of reaching back into that time.
    @Test func anAgeBeyondAPlausibleStartUpIsNotCharged() throws {
        var spin: UInt64 = 0
        while try #require(ProgramStart.accountedAge()) <= ProgramStart.plausibleStartUp { spin &+= 1 }
        let before = ContinuousClock.now
        ProgramStart.mark()
        #expect(ProgramStart.instant >= before && ProgramStart.instant <= .now)
    }
}
