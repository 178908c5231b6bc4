import Foundation
import LegworkKit
import Testing
@testable import LegworkStore

/// A store with a profile-like document, an imported card, a completed strength session with sets,
/// a stretch routine and an abandoned session.
private func filledStore() throws -> Store {
    let store = try Store.inMemory()
    try store.saveDocument(["experience": "regular", "weekly-km": "30"], key: .profile)
    try store.saveImported([sampleCard("fedb:Lunge", name: "Lunge, \"walking\"")], source: "free-exercise-db")
    let strength = try store.beginSession(kind: .strength, title: "Strength A", startedAt: wallTime(1), plannedSeconds: 1800)
    try store.appendSets([
        SetRecord(sessionID: strength.id, exerciseID: "split_squat", setNumber: 1, side: .left, reps: 10, loadKg: 12.5, rir: 2, pain: 1,
                  startedAt: wallTime(1, 7, 5), endedAt: wallTime(1, 7, 6), notes: "knee, then fine"),
        SetRecord(sessionID: strength.id, exerciseID: "side_plank", setNumber: 1, seconds: 30, startedAt: wallTime(1, 7, 10), endedAt: wallTime(1, 7, 11)),
    ])
    try store.finishSession(strength.id, status: .completed, endedAt: wallTime(1, 7, 35))
    let stretch = try store.beginSession(kind: .stretch, title: "15-minute stretch", startedAt: wallTime(2, 18), plannedSeconds: 900, notes: "calves tight")
    try store.finishSession(stretch.id, status: .completed, endedAt: wallTime(2, 18, 15))
    let quit = try store.beginSession(kind: .strength, title: "Strength B", startedAt: wallTime(4), plannedSeconds: 1800)
    try store.finishSession(quit.id, status: .abandoned, endedAt: wallTime(4, 7, 3))
    return store
}

@Suite struct BackupTests {
    /// A backup is written as Foundation's `JSONEncoder` writes it (`JSONText`): sorted keys, the loads'
    /// decimals, the notes' quotes and the documents' nested JSON.
    @Test func aBackupIsWrittenAsFoundationWritesIt() throws {
        let backup = try filledStore().backup(exportedAt: wallTime(5))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(try backup.encoded() == String(decoding: try encoder.encode(backup), as: UTF8.self) + "\n")
    }

    @Test func aRoundTripGivesTheSameData() throws {
        let original = try filledStore()
        let backup = try original.backup(exportedAt: wallTime(5))
        let text = try backup.encoded()
        #expect(Backup.looksLikeBackup(text))

        let restored = try Store.inMemory()
        let outcome = try restored.restore(try Backup.decode(text, source: "backup.json"), replace: false)
        #expect(outcome.sessions == 3)
        #expect(outcome.sets == 2)
        #expect(outcome.documents == 1)
        #expect(outcome.cards == 1)

        #expect(try restored.sessions() == original.sessions())
        #expect(try restored.allSets() == original.allSets())
        #expect(try restored.importedCards() == original.importedCards())
        #expect(try restored.loadDocument(.profile, as: [String: String].self) == ["experience": "regular", "weekly-km": "30"])
        // A backup of the restored store is the same text.
        #expect(try restored.backup(exportedAt: wallTime(5)).encoded() == text)
    }

    @Test func aStoreWithDataIsNotOverwrittenWithoutReplace() throws {
        let backup = try filledStore().backup()
        let target = try Store.inMemory()
        let mine = try target.beginSession(kind: .stretch, title: "mine", startedAt: wallTime(9), plannedSeconds: 600)
        #expect(throws: BackupError.storeHasData(path: "the in-memory store", sessions: 1, documents: 0, cards: 0)) {
            try target.restore(backup, replace: false)
        }
        #expect(try target.sessions().map(\.id) == [mine.id])

        try target.restore(backup, replace: true)
        #expect(try target.sessions().map(\.title) == ["Strength B", "15-minute stretch", "Strength A"])
        // New sessions continue after the restored ids.
        let next = try target.beginSession(kind: .strength, title: "next", startedAt: wallTime(10), plannedSeconds: 60)
        #expect(next.id > 3)
    }

    @Test func aBadRecordChangesNothing() throws {
        var backup = try filledStore().backup()
        backup.sessions[0].sets[0].reps = -1
        let target = try Store.inMemory()
        #expect(throws: BackupError.self) { try target.restore(backup, replace: false) }
        #expect(try target.sessions().isEmpty)
        #expect(try target.documentKeys().isEmpty)
    }

    /// A set listed twice (same session, exercise, set number and side) was counted twice and stored once:
    /// the backup is refused naming it, and nothing changes.
    @Test func aSetListedTwiceIsRefused() throws {
        var backup = try filledStore().backup()
        let index = try #require(backup.sessions.firstIndex { !$0.sets.isEmpty })
        var twin = backup.sessions[index].sets[0]
        twin.reps = 3
        backup.sessions[index].sets.append(twin)
        let target = try Store.inMemory()
        #expect(throws: BackupError.invalid(source: "the backup", problem: "set 1 of \(twin.exerciseID) appears twice in session \(twin.sessionID)")) {
            try target.restore(backup, replace: false)
        }
        #expect(try target.sessions().isEmpty && target.documentKeys().isEmpty)
    }

    @Test func otherFilesAreToldApart() throws {
        #expect(!Backup.looksLikeBackup("[{\"name\": \"Lunge\"}]"))
        #expect(throws: BackupError.notABackup(source: "x.json")) { try Backup.decode("{\"format\": \"other\"}", source: "x.json") }
        #expect(throws: BackupError.newerVersion(source: "x.json", version: 9)) {
            try Backup.decode("{\"format\": \"legwork-backup\", \"version\": 9}", source: "x.json")
        }
        #expect(throws: BackupError.self) { try Backup.decode("not json", source: "x.json") }
    }

    @Test func historyDataCountsSetsAndMinutes() throws {
        let data = try filledStore().historyData()
        #expect(data.sessions.map(\.sets) == [2, 0, 0])
        #expect(data.sessions.map(\.minutes) == [35, 15, 3])
        #expect(data.sessions[0].day == wallTime(1).localDaysSince1970)
        #expect(data.exercises["split_squat"] == [ExercisePoint(sessionID: 1, day: wallTime(1).localDaysSince1970, loadKg: 12.5, reps: 10, pain: 1)])
        #expect(data.exercises["side_plank"]?.first?.seconds == 30)
    }

    /// A backup of a store with a session in progress holds a long "documents" object before "format"
    /// (keys are sorted): it is recognised from the parsed document, not from its first 4096 characters.
    @Test func aLongBackupIsRecognisedWhereverItsFormatStands() throws {
        let store = try filledStore()
        let steps = (0..<400).map { "step \($0) of a long saved session" }
        try store.saveDocument(steps, key: .sessionInProgress)
        let text = try store.backup(exportedAt: wallTime(5)).encoded()
        let format = try #require(text.range(of: "\"format\""))
        #expect(text.distance(from: text.startIndex, to: format.lowerBound) > 4096)
        #expect(Backup.looksLikeBackup(text))
        #expect(try Backup.decode(text, source: "b.json").documents.count == 2)
    }

    /// Every JSON input goes through the strict parser: a trailing comma is named by line and column.
    @Test func aTrailingCommaIsRefusedWithItsPlace() {
        let text = "{\"format\": \"legwork-backup\", \"version\": 1,\n}"
        #expect(throws: BackupError.unreadable(source: "b.json", detail: "it is not valid JSON at line 2, column 1: remove the comma after the last member of this object")) {
            try Backup.decode(text, source: "b.json")
        }
    }

    /// A restored set passes the same `LogLimits` as a typed one: 1000 kg is refused, nothing changes.
    @Test func aRestoredSetPassesTheLiveLimits() throws {
        var backup = try filledStore().backup()
        backup.sessions[0].sets[0].loadKg = 1000
        let target = try Store.inMemory()
        #expect(throws: BackupError.self) { try target.restore(backup, replace: false) }
        #expect(try target.sessions().isEmpty)
    }
}
