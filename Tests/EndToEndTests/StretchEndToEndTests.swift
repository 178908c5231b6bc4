import Foundation
import LegworkStore
import Testing

/// The stretch routine through the real binary in tmux.
@Suite(.serialized) struct StretchEndToEndTests {
    @Test func fifteenMinutesAtSpeedSixtyShowSwitchCuesAndEndOnTheSummary() async throws {
        let tmux = try TmuxSession(["--speed", "60", "stretch"])
        defer { tmux.close() }
        let list = await tmux.waitFor(text: "Press Enter to begin.")
        #expect(list.contains("Post-run stretch, 15:00 min:"))
        #expect(list.contains("1. Wall calf stretch — 30 s per side (wall)"))
        let output = try tmux.recordOutput()
        tmux.press("Enter")
        await tmux.waitFor(text: "Summary", timeout: 25)
        // The switch cue passes in a tenth of a second at this speed: looked for in all that was drawn.
        #expect(try String(contentsOf: output, encoding: .utf8).contains("Switch sides"))
        await tmux.leaveSummaryThroughHome()
        let store = try Store.open(StorePaths.resolve(dataDir: tmux.dataDir.path))
        let session = try #require(store.sessions().first)
        #expect(session.kind == .stretch && session.status == .completed && session.plannedSeconds == 900)
        #expect(try store.sets(session: session.id).count == 21)
    }
}
