import Foundation
import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// A backup whose profile or session in progress could not be used (issue 23: it was restored, and then
/// every session failed with no hint): the profile refuses the restore, the session is left out.
@Suite struct BackupRestoreHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 7)!

    /// A backup of a runner with a profile and one logged session, with `edit` applied to its documents.
    static func backupText(_ edit: (inout [String: BackupJSONValue], Int64) throws -> Void) throws -> String {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: day)
        let logged = try app.context.store.beginSession(kind: .strength, title: "Strength", startedAt: WallTime(secondsSince1970: 1_796_000_000),
                                                        plannedSeconds: 1_800)
        var backup = try app.context.store.backup()
        try edit(&backup.documents, logged.id)
        return try backup.encoded()
    }

    @Test func anImpossibleProfileRestoresNothing() throws {
        let text = try Self.backupText { documents, _ in
            let stored = try #require(documents["profile"]).text()
            var profile = try #require(JSONSerialization.jsonObject(with: Data(stored.utf8)) as? [String: Any])
            profile["strength-days"] = 9
            documents["profile"] = try BackupJSONValue.parse(String(decoding: try JSONSerialization.data(withJSONObject: profile), as: UTF8.self))
        }
        let target = try TestApp()
        let error = #expect(throws: Failure.self) {
            try BackupImport.run(text: text, file: "backup.json", store: target.context.store, replace: false, today: Self.day)
        }
        #expect(error?.description.contains("the backup's profile cannot be used") == true)
        #expect(try target.context.store.documentKeys().isEmpty && target.context.store.sessions().isEmpty, "nothing restored")
    }

    @Test func aSessionInProgressOfASessionTheLogLacksIsLeftOut() throws {
        var engine = SessionEngine(plan: everyStepPlan())
        _ = engine.start(at: .origin)
        let text = try Self.backupText { documents, logged in
            let pending = PersistedSession(sessionID: logged + 40, snapshot: engine.snapshot, savedAt: WallTime(secondsSince1970: 1_796_000_100))
            documents[DocumentKey.sessionInProgress.rawValue] = try BackupJSONValue.parse(String(decoding: try JSONEncoder().encode(pending), as: UTF8.self))
        }
        let target = try TestApp()
        let summary = try BackupImport.run(text: text, file: "backup.json", store: target.context.store, replace: false, today: Self.day)
        #expect(summary.contains("the session in progress was left out: it belongs to session"))
        #expect(try SessionPersistence.pending(in: target.context.store, kind: .strength) == nil)
        #expect(try target.context.profile() == DoorsHeadlessTests.runner())
    }
}
