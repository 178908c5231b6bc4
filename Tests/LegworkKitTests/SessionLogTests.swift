import Testing
@testable import LegworkKit

@Suite struct SessionLogTests {
    /// sl_rdl 2 × 8 per side, then glute bridge 1 × 12: the log of sl_rdl comes at 10 + 2 × (40 + 10 + 40) + 60 = 250 s.
    private func atFirstLog() -> SessionEngine {
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("sl_rdl", sets: 2, reps: 8, rest: 60, unilateral: true, name: "Single-leg RDL"),
            repsItem("glute_bridge", sets: 1, reps: 12, rest: 0, name: "Glute bridge"),
        ]))
        _ = engine.start(at: at(0))
        _ = engine.handle(.tick, at: at(250))
        return engine
    }

    @Test func theLogWaitsAndItsTimeIsNotPlannedTime() {
        var engine = atFirstLog()
        #expect(engine.isAwaitingLog)
        #expect(engine.status(at: at(400)).isAwaitingLog)
        #expect(engine.status(at: at(400)).remaining == nil)
        let cues = engine.handle(.log(try! ExerciseLogEntry(repsPerSide: [8, 7], loadKg: 12, repsInReserve: 2, pain: 1)), at: at(300))
        #expect(cues == [.stepCompleted(8), .bell, .say("Next: Glute bridge, 1 × 12")])
        #expect(engine.summary.loggingTime == .seconds(50))
        #expect(engine.summary.activeTime == .seconds(250))
        #expect(engine.status(at: at(300)).elapsed == .seconds(250))
    }

    @Test func theEntryUpdatesTheRecordedSets() throws {
        var engine = atFirstLog()
        _ = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [8, 6], loadKg: 10, repsInReserve: 1, pain: 0)), at: at(251))
        #expect(engine.records.map(\.reps) == [8, 6, 8, 6])
        #expect(engine.records.allSatisfy { $0.loadKg == 10 })
        let item = engine.summary.items[0]
        #expect(item.setsDone == 2)
        #expect(item.plannedText == "2 × 8")
        #expect(item.doneText == "2 × 8/6")
        #expect(item.log?.repsInReserve == 1)
    }

    @Test(arguments: [7, 8, 10])
    func painOfSevenOrMoreStopsTheSession(pain: Int) throws {
        var engine = atFirstLog()
        let cues = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [8, 8], repsInReserve: 2, pain: pain)), at: at(255))
        let message = SafetyMessage.stop(exercise: "Single-leg RDL", pain: pain, redFlag: false)
        #expect(cues == [.stepCompleted(8), .bell, .say(message), .safetyStop(message)])
        #expect(engine.outcome == .safetyStop(message: message))
        #expect(engine.isEnded)
        #expect(message.contains("pain of \(pain)/10"))
        #expect(message.contains("See a clinician"))
        #expect(engine.handle(.tick, at: at(1000)) == [])
        #expect(engine.status(at: at(1000)).headline == "Stopped for safety")
    }

    @Test func aRedFlagStopsTheSessionEvenWithoutPain() throws {
        var engine = atFirstLog()
        let cues = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [8, 8], repsInReserve: 2, pain: 0, redFlag: true)), at: at(255))
        #expect(cues.contains(.safetyStop(SafetyMessage.stop(exercise: "Single-leg RDL", pain: 0, redFlag: true))))
        #expect(engine.isEnded)
        #expect(engine.summary.items[1].setsDone == 0)
    }

    @Test func painOfSixContinuesWithANote() throws {
        var engine = atFirstLog()
        _ = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [8, 8], repsInReserve: 2, pain: 6)), at: at(255))
        #expect(!engine.isEnded)
        #expect(engine.summary.notes == [
            "Pain 6/10 on Single-leg RDL: do its easier variant next time; if it persists for 2 weeks, see a clinician.",
        ])
    }

    @Test func aLogOutsideALogStepIsIgnored() {
        var engine = SessionEngine(plan: strengthPlan([repsItem("a", sets: 1, reps: 1, rest: 0)]))
        _ = engine.start(at: at(0))
        #expect(engine.handle(.log(ExerciseLogEntry.planned(for: engine.plan.items[0])), at: at(1)) == [])
        #expect(engine.logs.isEmpty)
    }

    @Test func thePlannedEntryDefaultsToThePlan() {
        let entry = ExerciseLogEntry.planned(for: repsItem("sl_rdl", sets: 3, reps: 8, rest: 60, unilateral: true))
        #expect(entry.repsPerSide == [8, 8])
        #expect(entry.repsInReserve == SessionDefaults.defaultRepsInReserve)
        #expect(entry.pain == 0)
        #expect(!entry.requiresStop)
        #expect(ExerciseLogEntry.planned(for: holdItem("plank", sets: 3, seconds: 30, rest: 30)).repsPerSide == [])
    }

    @Test func outOfRangeEntriesAreRejectedWithAReason() {
        #expect(throws: SessionError.painOutOfRange(11)) { try ExerciseLogEntry(repsPerSide: [], repsInReserve: 2, pain: 11) }
        #expect(throws: SessionError.repsInReserveOutOfRange(6)) { try ExerciseLogEntry(repsPerSide: [], repsInReserve: 6, pain: 0) }
        #expect(throws: SessionError.negativeReps(-1)) { try ExerciseLogEntry(repsPerSide: [3, -1], repsInReserve: 2, pain: 0) }
        #expect(throws: SessionError.negativeLoad(-5)) { try ExerciseLogEntry(repsPerSide: [3], loadKg: -5, repsInReserve: 2, pain: 0) }
        #expect(SessionError.painOutOfRange(11).description == "pain must be 0–10 (0 none, 10 worst imaginable), not 11")
    }

    @Test func completingTheSessionSaysTheRunningCue() throws {
        var engine = atFirstLog()
        _ = engine.handle(.log(plannedLog(engine)), at: at(250))
        let cues = engine.handle(.tick, at: at(250 + 20 + 60))
        #expect(cues.last == .awaitingLog(item: 1))
        let end = engine.handle(.log(plannedLog(engine)), at: at(340))
        #expect(end == [.stepCompleted(11), .bell, .say("Session done. On your next run: Hips level at foot-strike"), .finished])
        #expect(engine.outcome == .completed)
        let summary = engine.summary
        #expect(summary.runningCue == "Hips level at foot-strike")
        #expect(summary.items.map(\.setsDone) == [2, 1])
        #expect(summary.items.map(\.doneText) == ["2 × 8", "1 × 12"])
        #expect(summary.activeTime == engine.plannedTotal)
        #expect(summary.loggingTime == .seconds(10))
        #expect(summary.endedAt == at(340))
    }
}
