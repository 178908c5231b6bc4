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
        let format: Output.Format = csv ? .text : .json
        guard let output, output != "-" else {
            Output.print(text, format: format, terminator: "")
            return
        }
        try BackupFile.write(text, to: output, overwrite: force, format: format)
        Output.error("legwork: wrote \(output)")
    }
}
