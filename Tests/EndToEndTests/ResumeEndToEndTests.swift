#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// kill -9 in the middle of a session loses at most the step that was running: the next start
/// resumes from it, and the training log holds every set once.
@Suite(.serialized) struct ResumeEndToEndTests {
    @Test func killedPlainSessionResumesFromTheRunningStep() async throws {
        let tmux = try TmuxSession(["--speed", "50", "session", "today", "--plain"], height: 40)
        defer { tmux.close() }
        // At a terminal the check-in waits for its line: Enter goes on.
        await tmux.waitFor(text: "Check-in:", timeout: 20)
        tmux.press("Enter")
        // A log line of the first exercise would wait for input: the pane is a terminal. Answer it.
        await tmux.waitFor(text: "Log: type REPS", timeout: 20)
        tmux.type("11 0 2 1")
        tmux.press("Enter")
        await tmux.waitFor(text: "Single-leg RDL, set 1 of 2, right side", timeout: 20)
        let pid = try #require(tmux.legworkPID())
        kill(pid, SIGKILL)
        await tmux.waitFor(text: "exit=137")

        let dataDir = tmux.dataDir.path
        let store = try Store.open(StorePaths.resolve(dataDir: dataDir))
        let before = try #require(store.sessions().first)
        #expect(before.status == .inProgress)
        #expect(try store.sets(session: before.id).contains { $0.exerciseID == "sl_rdl" && $0.side == .left })
        // Where the killed session stood, as it saved it: the right side's set on the screen, or a step
        // after it when the kill landed a moment later (a step is a fraction of a second at this speed).
        let saved = try #require(try SessionPersistence.pending(in: store, kind: .strength)).snapshot
        let engine = try SessionEngine(resuming: saved, at: .origin)
        let rightSide = try #require(engine.steps.firstIndex { engine.label(of: $0) == "Single-leg RDL, set 1 of 2, right side" })
        #expect(saved.stepIndex >= rightSide, "saved at step \(saved.stepIndex), before the right side's set")
        let point = SessionStart.resumePoint(engine.currentStep, engine: engine)

        tmux.type("clear; \(TmuxSession.binary.path) --data-dir \(dataDir) --speed 50 session today --plain </dev/null; echo \"exit=$?\"")
        tmux.press("Enter")
        let resumed = await tmux.waitFor(text: "Resuming")
        #expect(resumed.replacingOccurrences(of: "\n", with: "").contains("at \"\(point)\""), "resumed where it stopped: \(point)")
        await tmux.waitFor(text: "exit=0", timeout: 30)

        let sessions = try store.sessions()
        #expect(sessions.count == 1)
        #expect(sessions[0].status == .completed)
        let sets = try store.sets(session: sessions[0].id)
        let logged: Int = 2 + 4 + 2 + 4 + 3
        #expect(sets.count == logged)
        let keys = sets.map { "\($0.exerciseID)/\($0.setNumber)/\($0.side)" }
        #expect(Set(keys).count == keys.count)
        // The log entry typed before the kill survived it.
        #expect(sets.filter { $0.exerciseID == "glute_bridge" }.allSatisfy { $0.reps == 11 && $0.pain == 1 })
    }

    @Test func freshDiscardsTheInterruptedSession() async throws {
        let tmux = try TmuxSession(["--speed", "50", "session", "glute_bridge", "--plain"])
        defer { tmux.close() }
        await tmux.waitFor(text: "Check-in:", timeout: 20)
        tmux.press("Enter")
        await tmux.waitFor(text: "Rest 45 seconds", timeout: 20)
        let pid = try #require(tmux.legworkPID())
        kill(pid, SIGTERM)
        await tmux.waitFor(text: "exit=143")
        #expect(tmux.screen().contains("Interrupted: saved"))
        let dataDir = tmux.dataDir.path
        let result = try await Command.run([TmuxSession.binary.path, "--data-dir", dataDir, "--speed", "1000", "session", "front_plank", "--plain", "--fresh"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Resuming"))
        let store = try Store.open(StorePaths.resolve(dataDir: dataDir))
        #expect(try store.sessions().map(\.status) == [.completed, .abandoned])
    }
}
