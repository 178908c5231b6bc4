import Foundation
import LegworkKit
import LegworkStore
import Testing

@Suite("Store: training log")
struct StoreTrainingLogTests {
    private func set(_ session: Int64, _ exercise: String, _ number: Int, side: SetRecord.Side = .both,
                     reps: Int? = 10, day: Int = 1, minute: Int = 5) -> SetRecord {
        SetRecord(sessionID: session, exerciseID: exercise, setNumber: number, side: side, reps: reps, loadKg: 10,
                  rir: 2, pain: 1, startedAt: wallTime(day, 7, minute), endedAt: wallTime(day, 7, minute + 1))
    }

    @Test func aSessionFromBeginToFinish() throws {
        let store = try Store.inMemory()
        let begun = try store.beginSession(kind: .strength, title: "Strength A", startedAt: wallTime(1), plannedSeconds: 1800)
        #expect(begun.status == .inProgress && begun.endedAt == nil)
        #expect(try store.session(id: begun.id) == begun)

        let sets = [set(begun.id, "step_up", 1, side: .left, minute: 2), set(begun.id, "step_up", 1, side: .right, minute: 3),
                    set(begun.id, "wall_sit", 1, reps: nil, minute: 6)]
        try store.appendSets(sets)
        let finished = try store.finishSession(begun.id, status: .completed, endedAt: wallTime(1, 7, 31), notes: "felt strong")
        #expect(finished.status == .completed)
        #expect(finished.endedAt == wallTime(1, 7, 31))
        #expect(finished.notes == "felt strong")
        #expect(finished.elapsedSeconds == Int64(31 * 60))
        #expect(try store.sets(session: begun.id) == sets)
        #expect(try store.sets(exercise: "step_up").map(\.side) == [.left, .right])
    }

    @Test func setPainsAreTheTrainingSetsPainAlone() throws {
        let store = try Store.inMemory()
        let old = try store.beginSession(kind: .strength, title: "old", startedAt: wallTime(1), plannedSeconds: 600)
        let recent = try store.beginSession(kind: .strength, title: "recent", startedAt: wallTime(9), plannedSeconds: 600)
        let preview = try store.beginSession(kind: .strength, title: "preview", startedAt: wallTime(9, 9), plannedSeconds: 600, preview: true)
        func withPain(_ set: SetRecord, _ pain: Int?) -> SetRecord { var set = set; set.pain = pain; return set }
        try store.appendSets([
            withPain(set(old.id, "step_up", 1, day: 1), 6),
            withPain(set(recent.id, "step_up", 1, day: 9, minute: 2), nil),
            withPain(set(recent.id, "step_up", 2, day: 9, minute: 4), 0),
            withPain(set(recent.id, "heel_raise", 1, day: 9, minute: 3), 4),
            withPain(set(preview.id, "heel_raise", 1, day: 9, minute: 40), 7),
        ])
        let since = wallTime(5)
        let whole = try store.trainingSets(since: since).compactMap { set in set.pain.map { (set.exerciseID, set.startedAt, $0) } }
        let pains = try store.setPains(since: since).map { ($0.exerciseID, $0.startedAt, $0.pain) }
        #expect(pains.map(\.0) == whole.map(\.0) && pains.map(\.1) == whole.map(\.1) && pains.map(\.2) == whole.map(\.2))
        // Oldest first; a set without pain, an older one and a preview's are not among them; 0 is a report.
        #expect(pains.map(\.0) == ["heel_raise", "step_up"] && pains.map(\.2) == [4, 0])
        #expect(pains.first?.1 == wallTime(9, 7, 3))
    }

    @Test func loggingTheSameSetAgainReplacesIt() throws {
        let store = try Store.inMemory()
        let s = try store.beginSession(kind: .strength, title: "A", startedAt: wallTime(1), plannedSeconds: 600)
        try store.appendSets([set(s.id, "step_up", 1, reps: 6)])
        try store.appendSets([set(s.id, "step_up", 1, reps: 8), set(s.id, "step_up", 2, reps: 8, minute: 7)])
        #expect(try store.allSets().map(\.reps) == [8, 8])
    }

    @Test func sessionsAreNewestFirstWithALimit() throws {
        let store = try Store.inMemory()
        for day in [3, 1, 2] {
            _ = try store.beginSession(kind: day == 2 ? .stretch : .strength, title: "day \(day)",
                                       startedAt: wallTime(day), plannedSeconds: 900)
        }
        #expect(try store.sessions().map(\.title) == ["day 3", "day 2", "day 1"])
        #expect(try store.sessions(limit: 2).map(\.title) == ["day 3", "day 2"])
        #expect(try store.sessions(limit: 2).map(\.kind) == [.strength, .stretch])
    }

    @Test func setsOfAnExerciseAreOldestFirstAcrossSessions() throws {
        let store = try Store.inMemory()
        let later = try store.beginSession(kind: .strength, title: "later", startedAt: wallTime(8), plannedSeconds: 600)
        let earlier = try store.beginSession(kind: .strength, title: "earlier", startedAt: wallTime(1), plannedSeconds: 600)
        try store.appendSets([set(later.id, "sl_rdl", 1, reps: 10, day: 8), set(earlier.id, "sl_rdl", 1, reps: 8, day: 1),
                              set(earlier.id, "dead_bug", 1, day: 1, minute: 9)])
        #expect(try store.sets(exercise: "sl_rdl").map(\.reps) == [8, 10])
        #expect(try store.allSets().map(\.exerciseID) == ["sl_rdl", "dead_bug", "sl_rdl"])
    }

    /// The last sessions by the exercise's first set in each (not by the session's start), previews left out.
    @Test func recentSetsAreThoseOfTheLastSessionsHoldingTheExercise() throws {
        let store = try Store.inMemory()
        for day in [2, 3, 4, 5] {
            let s = try store.beginSession(kind: .strength, title: "day \(day)", startedAt: wallTime(day), plannedSeconds: 600,
                                           preview: day == 5)
            try store.appendSets([set(s.id, "sl_rdl", 1, reps: day, day: day), set(s.id, "sl_rdl", 2, reps: day, day: day, minute: 8),
                                  set(s.id, "dead_bug", 1, day: day, minute: 9)])
        }
        // A session begun on day 6 whose sl_rdl set was done on day 1 counts as the oldest.
        let late = try store.beginSession(kind: .strength, title: "late", startedAt: wallTime(6), plannedSeconds: 600)
        try store.appendSets([set(late.id, "sl_rdl", 1, reps: 1, day: 1)])
        #expect(try store.recentSets(exercise: "sl_rdl", sessions: 2).map(\.reps) == [3, 3, 4, 4])
        #expect(try store.recentSets(exercise: "sl_rdl", sessions: 9) == (try store.sets(exercise: "sl_rdl")))
        #expect(try store.recentSets(exercise: "squat", sessions: 2).isEmpty)
    }

    /// Many exercises read at once give each one's recent sets, in the order asked, as one read each would.
    @Test func recentSetsOfManyExercisesAreEachOnesInTheOrderAsked() throws {
        let store = try Store.inMemory()
        for day in 1...6 {
            let s = try store.beginSession(kind: .strength, title: "day \(day)", startedAt: wallTime(day), plannedSeconds: 600,
                                           preview: day == 6)
            var sets = [set(s.id, "sl_rdl", 1, reps: day, day: day), set(s.id, "dead_bug", 1, reps: day, day: day, minute: 9)]
            if day.isMultiple(of: 2) { sets.append(set(s.id, "calf_raise", 1, reps: 10 + day, day: day, minute: 4)) }
            sets[0].role = day == 3 ? .injuryModule : nil
            try store.appendSets(sets)
        }
        let asked = ["sl_rdl", "squat", "calf_raise", "dead_bug", "sl_rdl"]
        for count in [1, 2, 9] {
            let one = try ["sl_rdl", "squat", "calf_raise", "dead_bug"].flatMap { try store.recentSets(exercise: $0, sessions: count) }
            #expect(try store.recentSets(exercises: asked, sessions: count) == one)
        }
        #expect(try store.recentSets(exercises: [], sessions: 2).isEmpty)
        #expect(try store.recentSets(exercises: ["sl_rdl"], sessions: 1).map(\.reps) == [5], "the preview of day 6 is not training")
    }

    /// The last sessions are counted in each history of the card: weeks of a tendon protocol's heel raises
    /// do not push the calf place's last session out of reach (a frozen calf dose is held to it), and a set
    /// logged without a role counts in every history, as `LogHistory` counts it.
    @Test func recentSetsReachTheLastSessionsOfEachHistory() throws {
        let store = try Store.inMemory()
        func session(day: Int, reps: Int, role: PlanItem.Role?) throws {
            let s = try store.beginSession(kind: .strength, title: "day \(day)", startedAt: wallTime(day), plannedSeconds: 600)
            var logged = set(s.id, "calf_raise", 1, reps: reps, day: day)
            logged.role = role
            try store.appendSets([logged])
        }
        try session(day: 1, reps: 12, role: nil)
        try session(day: 2, reps: 15, role: .calf)
        for day in 3...12 { try session(day: day, reps: 8, role: .injuryModule) }
        try session(day: 13, reps: 10, role: .programme)
        let read = LogHistory.recent(try store.recentSets(exercise: "calf_raise", sessions: 2), count: 2)
        #expect(read[LogHistory(cardID: "calf_raise", job: .usual)]?.map { $0.map(\.reps) } == [[12], [15]])
        #expect(read[LogHistory(cardID: "calf_raise", job: .tendonProtocol)]?.map { $0.map(\.reps) } == [[8], [8]])
        #expect(read[LogHistory(cardID: "calf_raise", job: .programme)]?.map { $0.map(\.reps) } == [[12], [10]])
        #expect(try store.recentSets(exercise: "calf_raise", sessions: 2).count == 5, "each session once, whichever histories it counts in")
    }

    /// The job a set's exercise did is kept (a protocol's heel raise and the calf place's are two histories);
    /// a set logged without one reads back without one, and a correction may give it.
    @Test func aSetsRoleIsKept() throws {
        let store = try Store.inMemory()
        let s = try store.beginSession(kind: .strength, title: "A", startedAt: wallTime(1), plannedSeconds: 600)
        var protocolSet = set(s.id, "calf_raise", 1)
        protocolSet.role = .injuryModule
        try store.appendSets([protocolSet, set(s.id, "side_plank", 1, minute: 9)])
        #expect(try store.sets(session: s.id).map(\.role) == [.injuryModule, nil])
        var corrected = set(s.id, "side_plank", 1, minute: 9)
        corrected.role = .core
        try store.appendSets([corrected])
        #expect(try store.sets(session: s.id).map(\.role) == [.injuryModule, .core])
    }

    @Test func timesKeepTheSessionsOffset() throws {
        let store = try Store.inMemory()
        let start = WallTime(year: 2025, month: 6, day: 30, hour: 23, minute: 50, utcOffsetSeconds: -7 * 3600)
        let s = try store.beginSession(kind: .stretch, title: "late", startedAt: start, plannedSeconds: 900)
        try store.appendSets([SetRecord(sessionID: s.id, exerciseID: "calf_wall_stretch", setNumber: 1, side: .left,
                                        seconds: 30, startedAt: start.adding(seconds: 60), endedAt: start.adding(seconds: 90))])
        let stored = try #require(try store.sessions().first)
        #expect(stored.startedAt.localDateText == "2025-06-30")
        #expect(try store.allSets().first?.startedAt.iso8601 == "2025-06-30T23:51:00-07:00")
    }

    @Test func abandonedAndStoppedSessionsAreKept() throws {
        let store = try Store.inMemory()
        let a = try store.beginSession(kind: .strength, title: "quit", startedAt: wallTime(1), plannedSeconds: 900)
        let b = try store.beginSession(kind: .strength, title: "pain", startedAt: wallTime(2), plannedSeconds: 900)
        _ = try store.beginSession(kind: .strength, title: "crashed", startedAt: wallTime(3), plannedSeconds: 900)
        try store.finishSession(a.id, status: .abandoned, endedAt: wallTime(1, 7, 5))
        try store.finishSession(b.id, status: .stopped, endedAt: wallTime(2, 7, 5))
        #expect(try store.sessions().map(\.status) == [.inProgress, .stopped, .abandoned])
    }

    @Test func refusesImpossibleValuesAndUnknownSessions() throws {
        let store = try Store.inMemory()
        let s = try store.beginSession(kind: .strength, title: "A", startedAt: wallTime(1), plannedSeconds: 600)
        var bad = set(s.id, "step_up", 1)
        bad.pain = 11
        #expect(throws: StoreError.invalidRecord(what: "set 1 of step_up", problems: ["pain 11 is not between 0 and 10"])) {
            try store.appendSets([set(s.id, "step_up", 2), bad])
        }
        #expect(try store.allSets().isEmpty, "nothing of a refused batch is kept")
        #expect(throws: StoreError.unknownSession(id: 42)) {
            try store.finishSession(42, status: .completed, endedAt: wallTime(1))
        }
        #expect(throws: StoreError.invalidRecord(what: "session \(s.id)", problems: ["it cannot finish as in-progress"])) {
            try store.finishSession(s.id, status: .inProgress, endedAt: wallTime(1))
        }
        #expect(throws: StoreError.invalidRecord(what: "session \"B\"", problems: ["planned seconds -1 is negative"])) {
            try store.beginSession(kind: .strength, title: "B", startedAt: wallTime(1), plannedSeconds: -1)
        }
    }
}
