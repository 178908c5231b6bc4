import Foundation
import Testing

/// The plan screen in a real terminal: no profile → told what to do; with one, `--week N` opens that week.
@Suite(.serialized) struct PlanEndToEndTests {
    @Test func planScreenOpensTheAskedWeek() async throws {
        let tmux = try TmuxSession(["plan"])
        defer { tmux.close() }
        await tmux.waitFor(text: "no profile yet, so no plan: run `legwork intake`")
        await tmux.waitFor(text: "exit=1")
        let set = try await Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "profile", "set",
                                   "run-days=tue,thu,sun", "long-run-day=sun", "workout-day=thu"])
        #expect(set.status == 0, "\(set.stderr)")
        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(tmux.dataDir.path) plan --week 3; echo plan=$?")
        tmux.press("Enter")
        // The whole frame: the heading, the grid's head and the week 3 row marked (a capture may fall
        // between two rows of a frame being written on a busy machine).
        let week3 = await tmux.waitFor("week 3 marked in the grid") {
            $0.contains("Week 3 of") && $0.contains("Mon      Tue      Wed") && ($0.contains("› W3 ") || $0.contains("›•W3 "))
        }
        #expect(week3.contains("Legwork · My plan"))
        tmux.press("Down")
        await tmux.waitFor(text: "Week 4 of")
        tmux.type("?")
        await tmux.waitFor(text: "Keys: My plan")
        tmux.type("x")
        tmux.type("q")
        await tmux.waitFor(text: "plan=0")
    }
}
