import Foundation
import Testing

/// SIGQUIT, an outside stop and continue, and Ctrl-L, in a real terminal.
@Suite(.serialized) struct SignalRedrawEndToEndTests {
    /// SIGQUIT ends the program like a crash would (a core dump status), and the shell gets its main
    /// screen and cursor back.
    @Test func sigquitLeavesTheAlternateScreen() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        let pid = try #require(tmux.legworkPID())
        kill(pid, SIGQUIT)
        await tmux.waitFor("an exit status") { $0.contains("exit=131") }
        #expect(tmux.pane("#{alternate_on}") == "0")
        #expect(tmux.pane("#{cursor_flag}") == "1")
    }

    /// Stopped from outside (kill -STOP): the shell takes the terminal back (its own modes, its prompt
    /// over the screen); `fg` continues Legwork, which restores its modes and repaints at once (no
    /// resize needed), and keys work.
    @Test func anOutsideStopAndContinueRepaints() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        let pid = try #require(tmux.legworkPID())
        kill(pid, SIGSTOP)
        await tmux.waitFor(text: "Stopped")
        // The stopped job leaves the rest of its command line behind, so ask for the status again.
        tmux.type("clear; echo XXXXXXXX; fg; echo \"exit=$?\"")
        tmux.press("Enter")
        await tmux.waitFor("the home screen repainted") { $0.contains("Today's session") && $0.contains("Legwork · Home") && !$0.contains("XXXXXXXX") }
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }

    /// Ctrl-L repaints a screen that something else wrote over.
    @Test func ctrlLRepaints() async throws {
        let tmux = try await TmuxSession.home()
        defer { tmux.close() }
        await tmux.waitFor(text: "Today's session")
        _ = try? await Command.run(["/bin/sh", "-c", "printf '\\033[2J\\033[HXXXXXXXX' > \"$(tmux -L \"$0\" display-message -p -t e2e '#{pane_tty}')\"", tmux.socket])
        await tmux.waitFor(text: "XXXXXXXX")
        tmux.press("C-l")
        await tmux.waitFor("the home screen repainted") { $0.contains("Today's session") && $0.contains("Legwork · Home") && !$0.contains("XXXXXXXX") }
        tmux.type("q")
        await tmux.waitFor(text: "exit=0")
    }
}
