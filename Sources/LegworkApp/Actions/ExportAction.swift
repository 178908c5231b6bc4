import LegworkKit
import LegworkStore

/// `legwork export`: the backup (or the log as CSV), to standard output or a file replaced in one step.
package enum ExportAction {
    package static func run(csv: Bool, output: String?, force: Bool, settings: AppSettings) throws {
        let context = try AppContext.openForReading(settings)
        let text: String
        if csv {
            text = try HistoryAction.logText(csv: true, store: context.store)
        } else {
            do {
                text = try context.store.backup(exportedAt: WallTime.now()).encoded()
            } catch {
                throw Failure(error.description)
            }
        }
        try OutputFile(path: output, force: force).write(text, format: csv ? .text : .json, extensions: csv ? ["csv"] : ["json"],
                                                         what: csv ? "the training log as CSV" : "a JSON backup")
    }
}
