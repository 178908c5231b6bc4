import Foundation
import LegworkKit
import LegworkStore

/// Restoring a backup, for `legwork import FILE`: the import command calls `isBackup` on the file's
/// text and, when true, `run` instead of importing exercises.
///
/// Policy (docs/backup-format.md): a backup restores into an empty store; a store that already holds
/// sessions, a profile or imported cards is left untouched unless `replace` is true, in which case
/// everything in it is replaced by the backup in one transaction.
enum BackupImport {
    static func isBackup(_ text: String) -> Bool { Backup.looksLikeBackup(text) }

    /// Restores `text` (read from `file`) into the context's store and returns a one-line summary.
    static func run(text: String, file: String, store: Store, replace: Bool) throws -> String {
        do {
            let backup = try Backup.decode(text, source: file)
            let outcome = try store.restore(backup, replace: replace, source: file)
            store.checkpoint()
            return "restored \(outcome.sessions) sessions, \(outcome.sets) sets, \(outcome.documents) documents "
                + "and \(outcome.cards) imported cards from \(file)"
        } catch {
            throw Failure(error.description)
        }
    }
}
