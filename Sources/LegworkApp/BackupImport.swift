import Foundation
import LegworkKit
import LegworkStore

/// Restoring a backup, for `legwork import FILE`.
///
/// Policy (docs/backup-format.md): a backup restores into an empty store; a store that already holds
/// sessions, a profile or imported cards is left untouched unless `replace` is true, in which case
/// everything in it is replaced by the backup in one transaction. Every restored value passes the same
/// checks as live data: the sets (`LogLimits`, in the store), the imported cards (the catalog's checks:
/// an id may not shadow a built-in card), the session in progress (it must decode, fit its own plan and
/// belong to a session of the log, or it is dropped with a message, so a crafted backup can never stop a
/// start) and the profile (it must decode with every value in its range, or nothing is restored).
enum BackupImport {
    /// Restores `text` (read from `file`) into the context's store and returns the summary to print.
    static func run(text: String, file: String, store: Store, replace: Bool, today: CalendarDate) throws -> String {
        do {
            var backup = try Backup.decode(text, source: file)
            // A profile every later command would refuse is refused here, before anything is replaced.
            if let problem = profileProblem(backup, today: today) {
                throw Failure("\(file): the backup's profile cannot be used (\(problem)); nothing was restored")
            }
            var notes: [String] = []
            let checked = ImportedCardCheck.check(backup.importedCards)
            if !checked.refused.isEmpty {
                backup.importedCards = checked.cards
                notes.append("  \(checked.refused.count) imported card\(checked.refused.count == 1 ? "" : "s") failed the catalog's checks and \(checked.refused.count == 1 ? "was" : "were") left out:")
                notes += checked.problems.prefix(3).map { "    " + $0 }
            }
            for kind in [SessionPlan.Kind.strength, .stretch] {
                let key = SessionPersistence.documentKey(kind)
                if let problem = sessionInProgressProblem(backup, key: key) {
                    backup.documents[key.rawValue] = nil
                    notes.append("  the \(kind == .stretch ? "stretch routine" : "session") in progress was left out: \(problem)")
                }
            }
            let outcome = try store.restore(backup, replace: replace, source: file)
            store.checkpoint()
            let summary = "restored \(outcome.sessions) sessions, \(outcome.sets) sets, \(outcome.documents) documents "
                + "and \(outcome.cards) imported cards" + (outcome.runs > 0 ? ", \(outcome.runs) runs" : "")
                + (outcome.routines > 0 ? ", \(outcome.routines) routines" : "") + " from \(file)"
            return ([summary] + notes).joined(separator: "\n")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("\(error)")
        }
    }

    /// Why the backup's profile cannot be used (it does not decode, or a value is out of its range);
    /// nil when it can, or when there is none.
    static func profileProblem(_ backup: Backup, today: CalendarDate) -> String? {
        guard let value = backup.documents[DocumentKey.profile.rawValue] else { return nil }
        do {
            let profile = try JSONDecoder().decode(Profile.self, from: Data(try value.text().utf8))
            // A race date in the past is history, not a wrong value: only the ranges are checked.
            try profile.validate(today: today, checkRaceDate: false)
            return nil
        } catch let error as ProfileError {
            return error.message
        } catch {
            return Store.describe(error)
        }
    }

    /// Why the backup's session in progress cannot be resumed (it does not decode, or its step is not
    /// in its plan); nil when it can, or when there is none.
    static func sessionInProgressProblem(_ backup: Backup, key: DocumentKey) -> String? {
        guard let value = backup.documents[key.rawValue] else { return nil }
        do {
            let pending = try JSONDecoder().decode(PersistedSession.self, from: Data(try value.text().utf8))
            _ = try SessionEngine(resuming: pending.snapshot, at: .origin)
            // Its sets are written under its session in the log: a session the log lacks fails every save.
            guard backup.sessions.contains(where: { $0.session.id == pending.sessionID }) else {
                return "it belongs to session \(pending.sessionID), which is not in the backup's training log"
            }
            return nil
        } catch let error as SessionError {
            return error.description
        } catch {
            return Store.describe(error)
        }
    }
}
