import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// Real output checked against the schemas in docs/schemas: a key the program writes that the schema
/// does not name (or a value of another type) fails here, so the published schemas stay true.
@Suite struct JSONSchemaTests {
    static func schema(_ name: String) throws -> JSONSchemaSubset {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appending(path: "docs/schemas").path) { dir = dir.deletingLastPathComponent() }
        let folder = dir.appending(path: "docs/schemas")
        var all: [String: [String: Any]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".schema.json") {
            let data = try Data(contentsOf: folder.appending(path: file))
            all[file] = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(file) is not a JSON object")
        }
        return JSONSchemaSubset(root: try #require(all[name], "no \(name)"), others: all)
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func theHistoryMatchesItsSchema() throws {
        let context = AppContext(store: try Store.inMemory())
        _ = try LogImport.run(LogImportHeadlessTests.strong, utf8: true, file: "strong.csv", context: context)
        // A set of the plan's own session keeps the job its exercise did.
        let start = WallTime(year: 2026, month: 12, day: 2, hour: 18, minute: 0, utcOffsetSeconds: 0)
        let session = try context.store.beginSession(kind: .strength, title: "Strength A", startedAt: start, plannedSeconds: 1800)
        try context.store.appendSets([SetRecord(sessionID: session.id, exerciseID: "calf_raise", setNumber: 1, reps: 15,
                                                startedAt: start, endedAt: start.adding(seconds: 40), role: .calf)])
        _ = try context.store.importRuns([RunRecord(date: CalendarDate(year: 2026, month: 12, day: 1)!, metres: 8000, seconds: 2700, kind: .easy,
                                                    source: "strava", sourceID: "1", cadence: 172)])
        let history = try Self.json(try HistoryAction.logText(csv: false, store: context.store))
        let schema = try Self.schema("history.schema.json")
        #expect(schema.problems(history) == [])
        // The schema is strict: an unknown key or a wrong type is found.
        var changed = try #require(history as? [String: Any])
        changed["extra"] = 1
        #expect(schema.problems(changed) == ["$: \"extra\" is not in the schema"])
        changed["extra"] = nil
        changed["version"] = "1"
        #expect(schema.problems(changed) == ["$.version: \"1\" is not integer"])
    }

    /// A plan with much in it: a race, a sore tendon's protocol, light dumbbells (a slow lowering), a
    /// logged weight in pounds, ramp-up sets, a superset, notices and warnings.
    @Test func thePlanMatchesItsSchema() throws {
        let today = CalendarDate(year: 2026, month: 12, day: 14)!
        let context = AppContext(settings: AppSettings(today: { today }), store: try Store.inMemory())
        var profile = Profile(experience: .seasoned, goal: .race, raceDistance: .half, raceDate: CalendarDate(year: 2027, month: 1, day: 24)!,
                              weeklyKm: 50, runDays: [.tue, .thu, .sat, .sun], longRunDay: .sun, workoutDay: .thu, strengthDays: 2,
                              sessionMinutes: .long, equipment: [.mat, .dumbbells, .step, .miniBand, .backpack], dumbbellMaxKg: 8,
                              injuries: [InjuryStatus(.achilles, .current(pain: 3)), InjuryStatus(.knee, .past)])
        profile.backpackKg = 6
        profile.units = .lb
        try context.saveProfile(profile, today: today.adding(days: -14))
        let start = WallTime(year: 2026, month: 12, day: 7, hour: 18, minute: 0, utcOffsetSeconds: 0)
        let session = try context.store.beginSession(kind: .strength, title: "Strength A", startedAt: start, plannedSeconds: 2700)
        try context.store.appendSets((1...3).map { n in
            SetRecord(sessionID: session.id, exerciseID: "goblet_squat", setNumber: n, reps: 8, loadKg: 25 * LoadUnit.kilogramsPerPound, rir: 2, pain: 0,
                      startedAt: start.adding(seconds: Int64(n * 120)), endedAt: start.adding(seconds: Int64(n * 120 + 40)), role: .heavyLift)
        })
        try context.store.finishSession(session.id, status: .completed, endedAt: start.adding(seconds: 2700))
        let plan = try context.plan(for: profile, today: today)
        let json = try Self.json(PlanJSON.encode(plan))
        let schema = try Self.schema("plan.schema.json")
        #expect(schema.problems(json) == [])
        // The plan had the parts the schema names beyond the plain ones.
        let text = PlanJSON.encode(plan)
        for key in ["\"raceDate\"", "\"rampUp\"", "\"loadValue\"", "\"supersetWithNext\"", "\"slot\"", "\"notices\""] {
            #expect(text.contains(key), "the plan has no \(key)")
        }
        var changed = try #require(json as? [String: Any])
        changed["units"] = "lb"
        #expect(schema.problems(changed) == ["$: \"units\" is not in the schema"])
    }

    /// A backup of a store with a bit of everything: profile, block, check-ins, imported cards, sessions
    /// and sets, runs, a strength check, a routine scheduled as a programme, the calendar's last export.
    @Test func theBackupMatchesItsSchema() throws {
        let today = CalendarDate(year: 2026, month: 12, day: 14)!
        let context = AppContext(settings: AppSettings(today: { today }), store: try Store.inMemory())
        var profile = Profile(experience: .regular, equipment: [.mat, .dumbbells], dumbbellMaxKg: 12,
                              injuries: [InjuryStatus(.knee, .current(pain: 2))])
        profile.units = .lb
        profile.age = 41
        try context.saveProfile(profile, today: today.adding(days: -7))
        _ = try ImportAction.importFreeExerciseDB(CardsImportHeadlessTests.records, file: "exercises.json", context: context)
        _ = try LogImport.run(LogImportHeadlessTests.strong, utf8: true, file: "strong.csv", context: context)
        _ = try context.store.importRuns([RunRecord(date: today.adding(days: -2), metres: 8000, seconds: 2700, kind: .easy,
                                                    source: "strava", sourceID: "1", cadence: 172)])
        try context.recordCheckIn(CheckIn(date: today, pain: [.knee: 2], morningAfter: .same))
        var check = StrengthCheck(date: today.adding(days: -3))
        check.record(.heelRaise, side: .left, value: 22)
        check.record(.heelRaise, side: .right, value: 26)
        check.record(.hops, side: .left, value: 1)
        try context.saveStrengthCheck(check)
        try context.saveRoutine(RoutineHeadlessTests.knee)
        try context.store.saveDocument(ProgrammeSchedule(name: RoutineHeadlessTests.knee.title, routine: RoutineHeadlessTests.knee, days: [.mon],
                                                         first: today, weeks: 4, placement: .beside), key: .programme)
        var state = CalendarExportState()
        _ = PlanICS.export(try context.plan(for: profile, today: today), stamp: WallTime(year: 2026, month: 12, day: 14, hour: 8), state: &state)
        try context.store.saveDocument(state, key: .calendarExport)
        let text = try context.store.backup(exportedAt: WallTime(year: 2026, month: 12, day: 14, hour: 9)).encoded()
        if let path = ProcessInfo.processInfo.environment["LEGWORK_DUMP_BACKUP"] { try text.write(toFile: path, atomically: true, encoding: .utf8) }
        let backup = try Self.json(text)
        let schema = try Self.schema("backup.schema.json")
        #expect(schema.problems(backup) == [])
        let object = try #require(backup as? [String: Any])
        let documents = try #require(object["documents"] as? [String: Any])
        #expect(Set(documents.keys).isSuperset(of: ["profile", "training-block", "safety-journal", "programme", "calendar-export"]))
        for key in ["importedCards", "sessions", "runs", "strengthChecks", "routines"] {
            #expect((object[key] as? [Any])?.isEmpty == false, "the backup has no \(key)")
        }
        var changed = object
        changed["version"] = 3.5
        #expect(schema.problems(changed) == ["$.version: 3.5 is not integer"])
        // The shapes it takes from the other schemas are checked too: a set's side, a card's kind.
        changed = object
        var sessions = try #require(object["sessions"] as? [[String: Any]])
        var sets = try #require(sessions[0]["sets"] as? [[String: Any]])
        sets[0]["side"] = "middle"
        sessions[0]["sets"] = sets
        changed["sessions"] = sessions
        var cards = try #require(object["importedCards"] as? [[String: Any]])
        cards[0]["unilateral"] = "yes"
        changed["importedCards"] = cards
        #expect(schema.problems(changed) == ["$.importedCards[0].unilateral: \"yes\" is not boolean",
                                             "$.sessions[0].sets[0].side: \"middle\" is not one of the enum"])
    }

    @Test func everyCardMatchesTheCardsSchema() throws {
        let context = AppContext(store: try Store.inMemory())
        _ = try ImportAction.importFreeExerciseDB(CardsImportHeadlessTests.records, file: "exercises.json", context: context)
        let cards = AppContext(store: context.store).catalog.cards
        #expect(cards.contains { $0.isImported } && cards.contains { !$0.isImported })
        #expect(try Self.schema("cards.schema.json").problems(try Self.json(CatalogJSON.encode(cards))) == [])
    }
}
