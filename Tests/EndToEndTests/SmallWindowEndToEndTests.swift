import Foundation
import Testing

/// A real 40x12 terminal from the first run on: the profile form, the run log and the plan are usable,
/// never the too-small message (the screens' pictures at every size are LegworkTUITests' snapshots).
extension HomeEndToEndTests {
    @Test func fromTheFirstRunToThePlanInFortyByTwelve() async throws {
        let tmux = try TmuxSession(width: 40, height: 12)
        defer { tmux.close() }
        let intake = await tmux.waitFor(text: "Welcome!")
        #expect(!intake.contains("terminal too small"))
        #expect(intake.contains("Running experie"), "\(intake)")
        tmux.press("Enter")
        await tmux.waitFor(text: "Today's session")
        tmux.type("8")
        let form = await tmux.waitFor(text: "Distance: 8 km")
        #expect(form.contains("Kind"), "\(form)")
        tmux.type("5km")
        tmux.press("Enter")
        let saved = await tmux.waitFor(text: "Logged:")
        #expect(!saved.contains("terminal too small"))
        tmux.press("Escape")
        await tmux.waitFor(text: "Today's session")
        tmux.type("4")
        let plan = await tmux.waitFor(text: "Mon  Tue")
        #expect(!plan.contains("terminal too small"))
        #expect(plan.contains("Week "), "\(plan)")
        tmux.type("q")
        await expectRestoredShell(tmux, exit: 0)
    }
}
