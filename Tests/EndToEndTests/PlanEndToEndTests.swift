import Foundation
import Testing

/// The plan screen in a real terminal: no profile → told what to do; with one, `--week N` opens that week.
@Suite(.serialized) struct PlanEndToEndTests {
    @Test func planScreenOpensTheAskedWeek() throws {
        let tmux = try TmuxSession(["plan"])
        defer { tmux.close() }
        tmux.waitFor(text: "no profile yet, so no plan: run `legwork intake`")
        tmux.waitFor(text: "exit=1")
        let set = try Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "profile", "set",
                                   "run-days=tue,thu,sun", "long-run-day=sun", "workout-day=thu"])
        #expect(set.status == 0, "\(set.stderr)")
        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(tmux.dataDir.path) plan --week 3; echo plan=$?")
        tmux.press("Enter")
        let week3 = tmux.waitFor(text: "Week 3 of")
        #expect(week3.contains("Legwork · My plan"))
        #expect(week3.contains("Mon      Tue      Wed"))
        #expect(week3.contains("› W3 ") || week3.contains("›•W3 "))
        tmux.press("Down")
        tmux.waitFor(text: "Week 4 of")
        tmux.type("?")
        tmux.waitFor(text: "Keys: My plan")
        tmux.type("x")
        tmux.type("q")
        tmux.waitFor(text: "plan=0")
    }
}
