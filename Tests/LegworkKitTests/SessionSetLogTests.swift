import Foundation
import Testing
@testable import LegworkKit

/// Logging as you go: what a skipped or early-ended set records, the rest screen's per-set entries and
/// the corrections of the form at the end of an exercise.
@Suite struct SessionSetLogTests {
    /// ready 0–10, set 1 10–50 (8 reps × 5 s), rest 50–80, set 2 80–120, log.
    private func squat(unilateral: Bool = false) -> SessionEngine {
        var engine = SessionEngine(plan: strengthPlan([
            repsItem("squat", sets: 2, reps: 8, rest: 30, unilateral: unilateral, name: "Squat"),
            holdItem("plank", sets: 1, seconds: 30, rest: 0),
        ]))
        _ = engine.start(at: at(0))
        return engine
    }

    private func entry(_ set: Int, _ side: Side? = nil, reps: Int, kg: Double? = nil) -> SetEntry {
        try! SetEntry(set: set, side: side, reps: reps, loadKg: kg)
    }

    @Test func aSetSkippedMidWayKeepsTheRepsTheCountGotThrough() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(10))
        _ = engine.handle(.skip, at: at(37))  // 27 s in: five reps of 5 s are through, the sixth is not
        #expect(engine.records.map(\.reps) == [5])
        #expect(engine.setJustDone == SetPosition(item: 0, set: 1, side: nil))
    }

    @Test func aSetSkippedBeforeItsFirstRepIsNotRecorded() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(10))
        _ = engine.handle(.skip, at: at(14))
        #expect(engine.records.isEmpty)
    }

    @Test func aSetEndedEarlyCountsTheRepInProgress() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(10))
        _ = engine.handle(.finishedEarly, at: at(22))  // 12 s in: the third rep
        #expect(engine.records.map(\.reps) == [3])
    }

    @Test func anExerciseWithEverySetSkippedReadsSkippedNeverDone() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(10))
        while !engine.isAwaitingLog { _ = engine.handle(.skip, at: at(11)) }
        _ = engine.handle(.log(plannedLog(engine)), at: at(12))
        let item = engine.summary.items[0]
        #expect(item.isSkipped)
        #expect(item.doneText == "skipped")
        #expect(item.setsDone == 0)
        #expect(engine.summary.skippedNames == ["Squat", "Plank"])
        #expect(engine.summary.nothingDone)
    }

    @Test func theRestScreenLogsTheSetJustDoneAndTheLoadCarriesToTheNextSet() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(55))  // resting after set 1
        _ = engine.handle(.logSet(item: 0, entry(1, reps: 6, kg: 12)), at: at(56))
        #expect(engine.records.map(\.reps) == [6])
        #expect(engine.records.map(\.loadKg) == [12])
        _ = engine.handle(.tick, at: at(121))
        #expect(engine.isAwaitingLog)
        #expect(engine.records.map(\.loadKg) == [12, 12])
        #expect(engine.records.map(\.reps) == [6, 8])
    }

    @Test func aSetLoggedAsNothingIsRemovedAndASkippedSetCanBeLoggedAfterAll() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(55))
        _ = engine.handle(.logSet(item: 0, entry(1, reps: 0)), at: at(56))
        #expect(engine.records.isEmpty)
        _ = engine.handle(.logSet(item: 0, entry(1, reps: 4)), at: at(57))
        #expect(engine.records.map(\.reps) == [4])
        #expect(engine.records[0].set == 1)
    }

    @Test func anEntryForASetOrSideTheExerciseDoesNotHaveIsIgnored() {
        var engine = squat()
        _ = engine.handle(.tick, at: at(55))
        _ = engine.handle(.logSet(item: 0, entry(3, reps: 4)), at: at(56))
        _ = engine.handle(.logSet(item: 0, entry(1, .left, reps: 4)), at: at(56))
        _ = engine.handle(.logSet(item: 7, entry(1, reps: 4)), at: at(56))
        #expect(engine.records.map(\.reps) == [8])
    }

    @Test func eachSideIsItsOwnSet() {
        var engine = squat(unilateral: true)
        _ = engine.handle(.tick, at: at(10))
        _ = engine.handle(.skip, at: at(32))  // left: 22 s in, four reps through
        #expect(engine.currentStep.kind == .switchSides)
        #expect(engine.setJustDone == SetPosition(item: 0, set: 1, side: .left))
        #expect(engine.stepped(SetPosition(item: 0, set: 1, side: .left), repsBy: 1)?.reps == 5)
        #expect(engine.records.map(\.reps) == [4])
        #expect(engine.records.map(\.side) == [.left])
    }

    @Test func theFormAtTheEndCorrectsEachSetWithoutTouchingTheirLoads() throws {
        var engine = squat()
        _ = engine.handle(.tick, at: at(55))
        _ = engine.handle(.logSet(item: 0, entry(1, reps: 8, kg: 10)), at: at(56))
        _ = engine.handle(.tick, at: at(121))
        let sets = [entry(1, reps: 7, kg: 10), entry(2, reps: 0, kg: 10)]
        _ = engine.handle(.log(try ExerciseLogEntry(repsPerSide: [], loadKg: 10, repsInReserve: 1, pain: 0, sets: sets)), at: at(122))
        #expect(engine.records.filter { $0.item == 0 }.map(\.reps) == [7])
        #expect(engine.summary.items[0].setsDone == 1)
        #expect(engine.summary.items[0].doneText == "1 × 7")
    }

    @Test func aSkippedHoldRecordsNothingAndAHoldEndedEarlyItsSeconds() {
        #expect(WorkEnd.skipped.reached(.timed(seconds: 30), after: .seconds(20)) == nil)
        #expect(WorkEnd.endedEarly.reached(.timed(seconds: 30), after: .seconds(20.7)) == 20)
        #expect(WorkEnd.timeRanOut.reached(.reps(count: 8, secondsPerRep: 5, tempo: .fast), after: .seconds(40)) == 8)
    }

    @Test func theEntryWithItsSetsSurvivesASnapshot() throws {
        let sets = [entry(1, reps: 7, kg: 10)]
        let logged = try ExerciseLogEntry(repsPerSide: [], loadKg: 10, repsInReserve: 1, pain: 0, sets: sets)
        let data = try JSONEncoder().encode(logged)
        #expect(try JSONDecoder().decode(ExerciseLogEntry.self, from: data) == logged)
        let old = #"{"repsPerSide":[8],"repsInReserve":2,"pain":0}"#
        #expect(try JSONDecoder().decode(ExerciseLogEntry.self, from: Data(old.utf8)).sets.isEmpty)
    }
}
