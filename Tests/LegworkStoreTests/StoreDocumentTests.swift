import Foundation
import LegworkKit
import LegworkStore
import Testing

private struct Profile: Codable, Equatable, Sendable {
    var goal: String
    var weeklyKm: Double
    var runDays: [String]
}

/// A JSON scalar or anything else, to read a document as another type than it was written as.
private enum AnyCodableScalar: Decodable, Equatable {
    case text(String), other
    init(from decoder: any Decoder) throws {
        self = (try? decoder.singleValueContainer().decode(String.self)).map(Self.text) ?? .other
    }
}

@Suite("Store: documents")
struct StoreDocumentTests {
    @Test func roundTripAndReplace() throws {
        let store = try Store.inMemory()
        #expect(try store.loadDocument(.profile, as: Profile.self) == nil)
        let profile = Profile(goal: "race", weeklyKm: 42.5, runDays: ["mon", "wed", "sat"])
        try store.saveDocument(profile, key: .profile)
        #expect(try store.loadDocument(.profile, as: Profile.self) == profile)
        var changed = profile
        changed.goal = "pr"
        try store.saveDocument(changed, key: .profile)
        let loaded: Profile? = try store.loadDocument(.profile)
        #expect(loaded == changed)
        #expect(try store.documentKeys() == [.profile])
    }

    /// A read returns the value decoded earlier only for the same text: a document changed by another
    /// program, changed back, or read as another type is decoded afresh.
    @Test func aDocumentIsReadAfreshWheneverItsTextChanged() throws {
        try withTemporaryDirectory { folder in
            let file = folder.appendingPathComponent("legwork.sqlite")
            let mine = try Store.open(at: file), theirs = try Store.open(at: file)
            let first = Profile(goal: "race", weeklyKm: 30, runDays: ["tue"])
            var second = first
            second.weeklyKm = 31
            try mine.saveDocument(first, key: .profile)
            #expect(try mine.loadDocument(.profile, as: Profile.self) == first)
            try theirs.saveDocument(second, key: .profile)
            #expect(try mine.loadDocument(.profile, as: Profile.self) == second)
            try theirs.saveDocument(first, key: .profile)
            #expect(try mine.loadDocument(.profile, as: Profile.self) == first)
            #expect(try mine.loadDocument(.profile, as: [String: AnyCodableScalar].self)?["goal"] == .text("race"))
            #expect(try mine.loadDocument(.profile, as: Profile.self) == first)
        }
    }

    @Test func removeReportsWhetherThereWasOne() throws {
        let store = try Store.inMemory()
        try store.saveDocument("snapshot", key: .sessionInProgress)
        #expect(try store.removeDocument(key: .sessionInProgress))
        #expect(try !store.removeDocument(key: .sessionInProgress))
        #expect(try store.loadDocument(.sessionInProgress, as: String.self) == nil)
    }

    @Test func aDocumentOfTheWrongShapeIsReportedAndKept() throws {
        let store = try Store.inMemory()
        try store.saveDocument(["goal": "race"], key: .profile)
        #expect(throws: StoreError.unreadableDocument(key: "profile", path: "the in-memory store",
                                                      detail: "missing field weeklyKm")) {
            try store.loadDocument(.profile, as: Profile.self)
        }
        #expect(try store.loadDocument(.profile, as: [String: String].self) == ["goal": "race"])
    }

    @Test func aValueThatCannotBeEncodedChangesNothing() throws {
        let store = try Store.inMemory()
        try store.saveDocument(1.5, key: "x")
        #expect {
            try store.saveDocument(Double.nan, key: "x")
        } throws: { error in
            guard case let .unencodableDocument(key, _) = error as? StoreError else { return false }
            return key == "x"
        }
        #expect(try store.loadDocument("x", as: Double.self) == 1.5)
    }

    @Test func applyIsAllOrNothing() throws {
        let store = try Store.inMemory()
        let session = try store.beginSession(kind: .strength, title: "A", startedAt: wallTime(3), plannedSeconds: 600)
        let set = SetRecord(sessionID: session.id, exerciseID: "wall_sit", setNumber: 1, seconds: 30,
                            startedAt: wallTime(3, 7, 1), endedAt: wallTime(3, 7, 2))
        // The second change names a session that does not exist: the first must not be kept either.
        #expect(throws: StoreError.unknownSession(id: 999)) {
            try store.apply([.saveDocument(.sessionInProgress, "after set 1"),
                             .appendSets([SetRecord(sessionID: 999, exerciseID: "x", setNumber: 1,
                                                    startedAt: wallTime(3), endedAt: wallTime(3))])])
        }
        #expect(try store.loadDocument(.sessionInProgress, as: String.self) == nil)

        try store.apply([.appendSets([set]), .saveDocument(.sessionInProgress, "after set 1")])
        #expect(try store.sets(session: session.id) == [set])
        #expect(try store.loadDocument(.sessionInProgress, as: String.self) == "after set 1")

        try store.apply([.finishSession(id: session.id, status: .completed, endedAt: wallTime(3, 7, 10), notes: nil),
                         .removeDocument(.sessionInProgress)])
        #expect(try store.session(id: session.id)?.status == .completed)
        #expect(try store.documentKeys().isEmpty)
    }
}
