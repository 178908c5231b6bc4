#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LegworkStore
import Testing

/// The session runner through the real binary in tmux, on a fast clock.
@Suite(.serialized) struct SessionEndToEndTests {
    /// The runner's body: every row between the header and the footer (the glyphs, the caption, the
    /// session clock), which must not move while the session is paused.
    func digits(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).dropLast(2).joined(separator: "\n")
    }

    /// Home with a stored profile, in a WIDTHxHEIGHT window, on a fast clock.
    func homeWithProfile(width: Int = 80, height: Int = 24) async throws -> TmuxSession {
        let tmux = try TmuxSession(["profile", "set", "run-days=tue,thu,sun", "long-run-day=sun", "equipment=mat,mini-band"], width: width, height: height)
        await tmux.waitFor(text: "exit=0")
        await tmux.openHome(["--speed", "5"], marker: "home")
        return tmux
    }

    @Test func pauseFreezesResumeContinuesSkipAdvancesSummaryAppears() async throws {
        // --speed 10 leaves a rest of several real seconds, so a loaded machine still sees every screen.
        let tmux = try TmuxSession(["--speed", "10", "session", "glute_bridge"])
        defer { tmux.close() }
        await tmux.passCheckIn()
        await tmux.waitFor(text: "rep ", timeout: 10)
        tmux.type(" ")
        let paused = await tmux.waitFor(text: "PAUSED")
        // A round trip through the help overlay takes real time; paused digits must not move meanwhile.
        tmux.type("?")
        await tmux.waitFor(text: "Keys: Session")
        tmux.type("x")
        let later = await tmux.waitFor("help closed") { !$0.contains("Keys: Session") && $0.contains("PAUSED") }
        #expect(digits(paused) == digits(later))
        tmux.type(" ")
        await tmux.waitFor("resumed") { !$0.contains("PAUSED") }
        tmux.type("n")
        await tmux.waitFor(text: "Rest after set 1 of Glute bridge")
        await tmux.waitFor(text: "How did it go?", timeout: 30)
        tmux.press("Enter")
        let summary = await tmux.waitFor(text: "Glute bridge: done", timeout: 10)
        #expect(summary.contains("Summary"))
        await tmux.leaveSummaryThroughHome()
        let store = try Store.open(StorePaths.resolve(dataDir: tmux.dataDir.path))
        let session = try #require(store.sessions().first)
        #expect(session.status == .completed)
        // Set 1 was skipped part-way: it is logged only with the reps it reached, never the planned 12.
        let sets = try store.sets(session: session.id)
        #expect(sets.last?.setNumber == 2)
        #expect(sets.last?.reps == 12)
        #expect(sets.filter { $0.setNumber == 1 }.allSatisfy { ($0.reps ?? 0) < 12 })
    }

    @Test func aSessionFromHomeLeftWithEscapeReturnsToHome() async throws {
        let tmux = try await homeWithProfile()
        defer { tmux.close() }
        tmux.press("Enter")
        await tmux.throughTodayToTheRunner()
        await tmux.waitFor(text: "Next: ")
        tmux.press("Escape")
        let menu = await tmux.waitFor(text: "Paused")
        #expect(menu.contains("Back to Home: resume the session later"))
        // That the clock stands still under the menu is a rule of the app, tested in virtual time
        // (RunnerOverlayTests.escapesMenuStopsTheClockAndResumes): no waiting here.
        tmux.type("l")
        await tmux.waitFor(text: "guided strength, counted and timed")
        #expect(!tmux.screen().contains("home="))
        // Started again, it offers to resume where it was left.
        tmux.press("Enter")
        await tmux.waitFor(text: "Resume it?")
        tmux.type("n")
        await tmux.throughTodayToTheRunner()
        await tmux.waitFor(text: "Next: ")
        tmux.type("q")
        await tmux.waitFor(text: "y = yes, back to Home")
        tmux.type("y")
        await tmux.waitFor(text: "guided strength, counted and timed")
        tmux.type("q")
        await tmux.waitFor(text: "home=0")
    }

    @Test func aWindowTooSmallPausesTheSessionUntilItGrows() async throws {
        let tmux = try TmuxSession(["session", "glute_bridge"])
        defer { tmux.close() }
        await tmux.passCheckIn()
        let running = await tmux.waitFor(text: "left")
        #expect(running.contains("Get ready"))
        try tmux.resize(width: 30, height: 10)
        let small = await tmux.waitFor(text: "The session is paused.")
        #expect(small.contains("need 40x12, have 30x10"))
        try tmux.resize(width: 40, height: 12)
        let compact = await tmux.waitFor("the compact runner") { $0.contains("Next: ") && $0.contains("left") }
        // Time under the message does not count: a rule of the app, tested in virtual time
        // (RunnerOverlayTests.aWindowTooSmallStopsTheClockAndTheKeysWait); here, the real resize.
        #expect(compact.contains("left"))
        tmux.type("q")
        await tmux.waitFor(text: "Quit now?")
        tmux.type("y")
        await tmux.waitFor(text: "exit=0")
    }

    @Test func killedSessionOffersToResumeAndContinues() async throws {
        let tmux = try TmuxSession(["--speed", "20", "session", "glute_bridge"])
        defer { tmux.close() }
        await tmux.passCheckIn()
        await tmux.waitFor(text: "Rest after set 1 of Glute bridge", timeout: 15)
        let pid = try #require(tmux.legworkPID())
        kill(pid, SIGKILL)
        await tmux.waitFor(text: "exit=137")
        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(tmux.dataDir.path) --speed 20 session glute_bridge; echo \"exit=$?\"")
        tmux.press("Enter")
        let question = await tmux.waitFor(text: "Resume it?")
        #expect(question.contains("It continues at: rest after set 1 of Glute bridge."))
        tmux.press("Enter")
        await tmux.waitFor(text: "How did it go?", timeout: 30)
        tmux.press("Enter")
        await tmux.waitFor(text: "Glute bridge: done", timeout: 10)
        await tmux.leaveSummaryThroughHome()
        let store = try Store.open(StorePaths.resolve(dataDir: tmux.dataDir.path))
        let sessions = try store.sessions()
        #expect(sessions.map(\.status) == [.completed])
        let sets = try store.sets(session: sessions[0].id)
        #expect(sets.map(\.setNumber) == [1, 2])
    }
}
