import Foundation
import Testing
@testable import LegworkKit

@Suite struct SessionSnapshotTests {
    private let plan = strengthPlan([
        repsItem("glute_bridge", sets: 2, reps: 4, rest: 30, tempo: .phases(down: 2, pause: 1, up: 1)),
        repsItem("sl_rdl", sets: 2, reps: 2, rest: 45, unilateral: true),
    ])

    /// Runs until the right side of sl_rdl's first set is under way, saving on every `.stepCompleted`.
    private func runUntilInterrupted() -> (engine: SessionEngine, saved: SessionSnapshot) {
        var engine = SessionEngine(plan: plan)
        var saved = engine.snapshot
        var now = at(0)
        func play(_ cues: [SessionCue]) {
            if cues.contains(where: { if case .stepCompleted = $0 { true } else { false } }) { saved = engine.snapshot }
        }
        play(engine.start(at: now))
        while !(engine.currentStep.isWork && engine.currentStep.side == .right && engine.currentStep.set == 1) {
            if engine.isAwaitingLog {
                play(engine.handle(.log(try! ExerciseLogEntry(repsPerSide: [4], loadKg: 20, repsInReserve: 3, pain: 1)), at: now))
            } else {
                now = engine.nextDeadline(after: now)!
                play(engine.handle(.tick, at: now))
            }
        }
        _ = engine.handle(.pause, at: now + .seconds(2))  // killed while paused mid-step
        return (engine, saved)
    }

    @Test func aSnapshotSurvivesAJSONRoundTrip() throws {
        let (_, saved) = runUntilInterrupted()
        #expect(saved.records.count == 3)
        #expect(saved.logs.count == 1)
        let data = try JSONEncoder().encode(saved)
        let decoded = try JSONDecoder().decode(SessionSnapshot.self, from: data)
        #expect(decoded == saved)
    }

    @Test func resumingRestartsTheStepInProgressAndKeepsEverythingBefore() throws {
        let (engine, saved) = runUntilInterrupted()
        let restored = try JSONDecoder().decode(SessionSnapshot.self, from: JSONEncoder().encode(saved))
        // A new run of the program: its timeline has a new origin.
        var resumed = try SessionEngine(resuming: restored, at: at(3))
        #expect(resumed.stepIndex == engine.stepIndex)
        #expect(resumed.currentStep.side == .right)
        #expect(!resumed.isPaused)
        #expect(resumed.records == engine.records)
        #expect(resumed.logs == engine.logs)
        let status = resumed.status(at: at(3))
        #expect(status.remaining == .seconds(10))
        #expect(status.elapsed == saved.elapsed)
        #expect(resumed.currentStepCues() == [.bell, .say("Sl Rdl, set 1 of 2, right side")])

        var now = at(3)
        while !resumed.isEnded {
            if resumed.isAwaitingLog {
                _ = resumed.handle(.log(plannedLog(resumed)), at: now)
            } else {
                now = resumed.nextDeadline(after: now)!
                _ = resumed.handle(.tick, at: now)
            }
        }
        let summary = resumed.summary
        #expect(summary.outcome == .completed)
        #expect(summary.activeTime == resumed.plannedTotal)  // only the interrupted step's 2 s were lost
        #expect(summary.items.map(\.setsDone) == [2, 2])
        #expect(summary.items[0].log?.loadKg == 20)
    }

    @Test func aSnapshotThatDoesNotFitItsPlanIsRejected() {
        var snapshot = SessionEngine(plan: plan).snapshot
        snapshot.stepIndex = 99
        #expect(throws: SessionError.snapshotStepOutOfRange(index: 99, stepCount: SessionEngine(plan: plan).steps.count)) {
            try SessionEngine(resuming: snapshot, at: at(0))
        }
    }

    /// A crafted or damaged snapshot never stops a start: a saved time of 1e15 s fails to decode (it
    /// would overflow the clock), and a plan of a billion sets or of years is refused before it is laid out.
    @Test func aSnapshotWithImpossibleTimesIsRefused() throws {
        let engine = SessionEngine(plan: plan)
        let text = String(decoding: try JSONEncoder().encode(engine.snapshot), as: UTF8.self)
        let crafted = text.replacingOccurrences(of: #""elapsed":0"#, with: #""elapsed":1e15"#)
        #expect(crafted != text)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SessionSnapshot.self, from: Data(crafted.utf8)) }

        var huge = engine.snapshot
        huge.plan.items[0].dose.sets = 1_000_000_000
        #expect(throws: SessionError.snapshotTooLong(seconds: .infinity)) { try SessionEngine(resuming: huge, at: at(0)) }
        var long = engine.snapshot
        long.plan.items[0].dose.rest = 10_000_000
        #expect(throws: SessionError.self) { try SessionEngine(resuming: long, at: at(0)) }
    }

    @Test func resumingAtALogStepAsksForTheLogAgain() throws {
        var engine = SessionEngine(plan: plan)
        _ = engine.start(at: at(0))
        _ = engine.handle(.tick, at: at(100))
        #expect(engine.isAwaitingLog)
        let resumed = try SessionEngine(resuming: engine.snapshot, at: at(0))
        #expect(resumed.isAwaitingLog)
        #expect(resumed.currentStepCues().last == .awaitingLog(item: 0))
    }
}
