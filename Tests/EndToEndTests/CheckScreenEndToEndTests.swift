import Foundation
import Testing

/// The guided check in a real terminal: the heel-raise test paced, ended by a key, kept.
@Suite(.serialized) struct CheckScreenEndToEndTests {
    @Test func theHeelRaiseTestEndsWithAKeyAndIsKept() async throws {
        let tmux = try TmuxSession(["check"])
        defer { tmux.close() }
        let card = await tmux.waitFor(text: "Single-leg heel raises · left side")
        #expect(card.contains("Legwork · Strength check"))
        tmux.press("Enter")
        // After the get-ready seconds the bell paces the rises; the first one counts once lowered.
        await tmux.waitFor(text: "1 rep so far", timeout: 30)
        tmux.press("Enter")
        await tmux.waitFor(text: "Single-leg heel raises · right side")
        tmux.press("Escape")
        await tmux.waitFor(text: "Strength check of")
        tmux.press("Enter")
        await tmux.waitFor(text: "exit=0")
        let json = try await Command.run([TmuxSession.binary.path, "--data-dir", tmux.dataDir.path, "check", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let heel = try #require(((document["checks"] as? [[String: Any]])?.first?["scores"] as? [[String: Any]])?.first)
        #expect(heel["test"] as? String == "heel-raise")
        #expect((heel["left"] as? Int ?? 0) >= 1, "the reps counted before the key")
        #expect(tmux.pane("#{alternate_on}") == "0")
    }
}
