import LegworkKit
import Testing
@testable import LegworkTUI

/// A store that refuses a save (full disk, locked file) is shown at once: the session pauses with the
/// reason, `r` saves again, and the summary waits until the closing save is stored.
@Suite struct SessionRunnerSaveFailureTests {
    @Test func aFailedSaveMidSessionPausesAndShowsTheReason() throws {
        var screen = startedRunner()
        let actions = screen.handle(.tick, at: sec(12))  // get-ready done: a step completed, a save
        #expect(actions.saves.count == 1)
        let reply = screen.handle(.message(.failed("could not save the session: database or disk is full")), at: sec(13))
        #expect(reply.bells == 1)
        #expect(screen.engine.isPaused)
        #expect(screen.saveFailure == "could not save the session: database or disk is full")
        let lines = runnerFrame(screen, at: sec(14)).lines
        #expect(lines[21] == "  Not saved: could not save the session: database or disk is full")
        #expect(lines[22].hasPrefix("  Paused. r saves again"))
        #expect(lines[23].contains("r save again"))
        #expect(screen.quitConfirmation?.contains("would be lost") == true)

        let retry = screen.handle(.key(.character("r")), at: sec(15))
        #expect(retry.saves.count == 1)
        _ = screen.handle(.message(.sessionSaved), at: sec(15))
        #expect(screen.saveFailure == nil)
        #expect(!runnerFrame(screen, at: sec(16)).text.contains("Not saved"))
    }

    /// A long reason wraps over two lines so its end ("database or disk is full") shows.
    @Test func aLongReasonKeepsItsEnd() {
        var screen = startedRunner()
        _ = screen.handle(.tick, at: sec(12))
        _ = screen.handle(.message(.failed("could not save the session: could not save changes in /home/runner/.local/share/legwork/legwork.sqlite: database or disk is full")), at: sec(13))
        let lines = runnerFrame(screen, at: sec(14)).lines
        #expect(lines[20].hasPrefix("  Not saved: could not save the session: could not save changes in"))
        #expect(lines[21] == "  /home/runner/.local/share/legwork/legwork.sqlite: database or disk is full")
        #expect(lines[22].hasPrefix("  Paused. r saves again"))
    }

    @Test func theSummaryNeverShowsBeforeTheClosingSaveIsStored() throws {
        var screen = startedRunner(stretchPlan())
        let end = screen.handle(.tick, at: sec(10_000))
        #expect(end.saves.last?.isEnded == true)
        #expect(end.replacement == nil)

        let failed = screen.handle(.message(.failed("could not save the session: disk I/O error")), at: sec(10_001))
        #expect(failed.replacement == nil)
        let frame = runnerFrame(screen, at: sec(10_001))
        #expect(frame.text.contains("Not saved: could not save the session: disk I/O error"))
        #expect(frame.text.contains("The session is over but not stored. r saves again; q quits without it."))
        #expect(!frame.text.contains("done"))
        #expect(screen.quitConfirmation != nil)
        // Other keys do nothing while the session waits to be stored.
        #expect(screen.handle(.key(.character("n")), at: sec(10_002)).isEmpty)

        let retry = screen.handle(.key(.character("r")), at: sec(10_003))
        #expect(retry.saves.last?.isEnded == true)
        let stored = screen.handle(.message(.sessionSaved), at: sec(10_003))
        let summary = try #require(stored.replacement as? SessionSummaryScreen)
        #expect(summary.outcomeText == "done")
    }
}
