import Foundation
import Testing

/// The browser and the card screen as a runner meets them in a real terminal.
@Suite(.serialized) struct BrowseEndToEndTests {
    @Test func searchOpenGoToTheRegressionBackAndQuit() async throws {
        let tmux = try TmuxSession(["browse"])
        defer { tmux.close() }
        let list = await tmux.waitFor(text: "45 of 45")
        #expect(list.contains("Legwork · Browse"))
        #expect(list.contains("SL JC LT CO"))
        tmux.type("/step")
        let found = await tmux.waitFor(text: "search: step")
        #expect(found.contains("3 of 45"))
        #expect(found.contains("› Controlled step-up"))
        tmux.press("Enter")   // leaves the search field
        tmux.press("Enter")   // opens the selected card
        // The card's body, not only its header (a capture may fall inside a frame being written).
        let card = await tmux.waitFor(text: "Single-leg focus 3/3")
        #expect(card.contains("Legwork · Controlled step-up"))
        // The easier card is one key away (its line may sit below the first page at 80x24).
        #expect(card.contains("r easier"))
        tmux.type("r")
        let regression = await tmux.waitFor(text: "Single-leg focus 2/3")
        #expect(regression.contains("Legwork · Split squat"))
        tmux.press("Escape")
        await tmux.waitFor(text: "Legwork · Controlled step-up")
        tmux.press("Escape")
        let back = await tmux.waitFor(text: "Legwork · Browse")
        #expect(back.contains("search: step"))
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }

    @Test func afterAnImportTheRunnerCardsComeFirstAndImportedOnesOnAsk() async throws {
        let file = try #require(BrowseCommandTests.dataSet, "the free-exercise-db data set is missing")
        let tmux = try TmuxSession(["import", file])
        defer { tmux.close() }
        await tmux.waitFor(text: "exit=0", timeout: 60)
        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(tmux.dataDir.path) browse; echo browse=$?")
        tmux.press("Enter")
        // The whole frame: a loaded machine can show the list before its legend row is drawn.
        let list = await tmux.waitFor("the list with its legend", timeout: 20) {
            $0.contains("45 of 45 (+854 imported: s)") && $0.contains("SL single-leg · JC joint control")
        }
        #expect(list.contains("› Glute bridge"))
        #expect(list.contains("s source: Legwork's"))
        #expect(list.contains("SL single-leg · JC joint control"))
        tmux.type("/curl")
        await tmux.waitFor(text: "Press s to")
        tmux.press("Enter")
        tmux.type("s")
        let all = await tmux.waitFor(text: "s source: all")
        #expect(all.contains(" imp "))
        tmux.type("q")
        await tmux.waitFor(text: "browse=0")
    }

    @Test func homeMenuOpensTheBrowser() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        tmux.type("3")
        await tmux.waitFor(text: "45 of 45")
        tmux.press("Escape")
        await tmux.waitFor(text: "Today's session")
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }
}
