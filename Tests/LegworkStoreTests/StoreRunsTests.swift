import Foundation
import LegworkKit
import Testing
@testable import LegworkStore

@Suite struct StoreRunsTests {
    let day = CalendarDate(year: 2026, month: 11, day: 29)!

    @Test func aTypedRunGetsItsOwnIdAndCanBeChangedAndDeleted() throws {
        let store = try Store.inMemory()
        let first = try store.addRun(RunRecord(date: day, metres: 8000, kind: .easy, sourceID: ""))
        let second = try store.addRun(RunRecord(date: day, metres: 8000, kind: .easy, sourceID: ""))
        #expect(first.id != nil && first.sourceID != second.sourceID)
        var changed = second
        changed.kind = .long; changed.metres = 21_100; changed.seconds = 7080
        #expect(try store.updateRun(changed))
        #expect(try store.run(id: second.id!) == changed)
        #expect(try store.deleteRun(id: first.id!))
        #expect(try !store.deleteRun(id: first.id!))
        #expect(try store.runs().map(\.id) == [second.id])
    }

    @Test func importingTheSameActivityTwiceAddsNothing() throws {
        let store = try Store.inMemory()
        let runs = [RunRecord(date: day, metres: 10_000, kind: .other, source: "strava", sourceID: "1"),
                    RunRecord(date: day.adding(days: 1), metres: 5000, kind: .other, source: "strava", sourceID: "2")]
        #expect(try store.importRuns(runs).added == 2)
        let again = try store.importRuns(runs)
        #expect(again.added == 0 && again.alreadyHeld == 2)
        // The same id from another source is another activity.
        #expect(try store.importRuns([RunRecord(date: day, metres: 10_000, kind: .other, source: "gpx", sourceID: "1")]).added == 1)
        #expect(try store.runs(from: day.adding(days: 1)).count == 1)
    }

    @Test func aRunOutOfRangeIsRefusedAndNothingIsStored() throws {
        let store = try Store.inMemory()
        let good = RunRecord(date: day, metres: 10_000, kind: .other, source: "strava", sourceID: "1")
        let bad = RunRecord(date: day, metres: 900_000, kind: .other, source: "strava", sourceID: "2")
        #expect(throws: StoreError.self) { try store.importRuns([good, bad]) }
        #expect(try store.runs().isEmpty)
    }

    @Test func aBackupRoundTripKeepsRuns() throws {
        let store = try Store.inMemory()
        try store.saveDocument(["experience": "regular"], key: .profile)
        try store.addRun(RunRecord(date: day, metres: 21_100, seconds: 7080, kind: .long, pain: 3, sourceID: ""))
        try store.importRuns([RunRecord(date: day.adding(days: -2), metres: 8020, seconds: 2900, kind: .other, source: "strava", sourceID: "12345678902",
                                        cadence: 172)])
        #expect(try store.runs().first?.cadence == 172)
        let text = try store.backup().encoded()
        #expect(text.contains("\"cadence\" : 172"))
        #expect(text.contains("\"runs\""))
        let restored = try Store.inMemory()
        let outcome = try restored.restore(try Backup.decode(text, source: "backup.json"), replace: false)
        #expect(outcome.runs == 2)
        #expect(try restored.runs() == store.runs())
        #expect(try restored.backup().encoded() == text)
        // Ids are kept: a new run continues after them, and importing the same activity again adds nothing.
        #expect(try restored.importRuns([RunRecord(date: day.adding(days: -2), metres: 8020, kind: .other, source: "strava", sourceID: "12345678902")]).added == 0)
        // Runs alone are data: a restore into that store needs --replace.
        let runsOnly = try Store.inMemory()
        try runsOnly.addRun(RunRecord(date: day, metres: 5000, kind: .easy, sourceID: ""))
        #expect(throws: BackupError.self) { try runsOnly.restore(try Backup.decode(text, source: "b"), replace: false) }
        try runsOnly.restore(try Backup.decode(text, source: "b"), replace: true)
        #expect(try runsOnly.runs().count == 2)
    }

    @Test func aBackupWithoutRunsFromBeforeStillRestores() throws {
        let old = #"{"format": "legwork-backup", "version": 1, "documents": {}, "importedCards": [], "sessions": []}"#
        let store = try Store.inMemory()
        #expect(try store.restore(try Backup.decode(old, source: "old.json"), replace: false).runs == 0)
    }

    @Test func aBackupWithABadRunChangesNothing() throws {
        let text = #"{"format": "legwork-backup", "version": 2, "documents": {}, "importedCards": [], "sessions": [], "runs": [{"id": 1, "date": "2026-11-29", "metres": -5, "kind": "easy", "source": "manual", "sourceID": "manual-1"}]}"#
        let store = try Store.inMemory()
        #expect(throws: BackupError.self) { try store.restore(try Backup.decode(text, source: "b.json"), replace: false) }
        #expect(try store.runs().isEmpty)
    }
}
