import Foundation
import LegworkKit
import LegworkStore

/// `legwork import FILE…`: runs from GPX, TCX, Strava and Garmin files (`RunImport`), exercises in the
/// free-exercise-db JSON format become imported cards, a backup is restored; `--remove ID` and
/// `--remove-all` take imported cards out again. Each file's format is read from its content first, so
/// each kind of file is dispatched from `run` without changing the rest.
package enum ImportAction {
    package static func run(files: [String], replace: Bool, miles: Bool = false, remove: [String], removeAll: Bool,
                            settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        if removeAll {
            let count = try storeCall { () throws(StoreError) in try context.store.removeAllImported(source: FreeExerciseDBImport.source) }
            Output.print("removed \(count) imported card\(count == 1 ? "" : "s")")
            return
        }
        if !remove.isEmpty {
            try removeCards(remove, context: context)
            return
        }
        // Activity files (GPX, TCX, Strava's or Garmin's CSV) are read together and stored in one
        // transaction; exercise files and backups each on their own, as before. Times in GPX and TCX are
        // UTC: the runner's offset now gives their local day.
        var runs = RunImport.Report()
        for file in files {
            let paths = RunImport.files(in: file)
            if paths.isEmpty { throw Failure("\(file) is a folder without activity files (GPX, TCX or a Strava activities.csv); give a file inside it") }
            for path in paths {
                let text: String, utf8: Bool
                do { (text, utf8) = try Self.read(path) } catch let failure as Failure where paths.count > 1 || files.count > 1 {
                    runs.damaged.append(failure.description)
                    continue
                }
                if RunImport.recognises(text[...]) {
                    guard utf8 else {
                        runs.damaged.append("\(path) is not UTF-8 text: export the file again")
                        continue
                    }
                    RunImport.read(path, text: text, into: &runs, utcOffsetSeconds: WallTime.now().utcOffsetSeconds, miles: miles)
                    continue
                }
                // A training log (Strong, Hevy or Legwork's own CSV) is stored whole, like a backup.
                if let report = try LogImport.run(text, utf8: utf8, file: path, context: context) {
                    Output.print(report)
                    continue
                }
                // An object that is not JSON cannot be told apart (cards or a backup): say where it breaks.
                if ImportFormat.detect(text) == .legworkBackup, let syntax = JSONSyntaxError.locate(in: text) {
                    throw Failure("\(path) is not valid JSON at \(syntax) (a JSON object is read as cards from `legwork exercises --json` or as a backup)")
                }
                // Cards as `legwork exercises --json` writes them: a set handed from one runner (or therapist) to another.
                if CardFile.recognises(text) {
                    guard utf8 else { throw Failure("\(path) is not UTF-8 text: export the cards again") }
                    Output.print(try CardsImport.run(text, file: path, context: context))
                    continue
                }
                switch ImportFormat.detect(text) {
                case .freeExerciseDB:
                    // A byte that is not UTF-8 refuses only the record holding it (`FreeExerciseDBImport`).
                    Output.print(try Self.importFreeExerciseDB(text, file: path, context: context))
                case .legworkBackup:
                    // A backup is restored whole or not at all.
                    guard utf8 else { throw Failure("\(path) is not UTF-8 text: export the backup again") }
                    // Whether it is a backup is read from the parsed document (`Backup.decode` says when not).
                    Output.print(try BackupImport.run(text: text, file: path, store: context.store, replace: replace, today: context.today()))
                case .unknown:
                    let problem = "\(path) is not a file Legwork imports: expected GPX, TCX, a Strava or Garmin activities CSV, "
                        + "a Strong, Hevy or Legwork training-log CSV, a JSON list of free-exercise-db records, cards from `legwork exercises --json` or a Legwork backup"
                    guard files.count > 1 || paths.count > 1 else { throw Failure(problem) }
                    runs.damaged.append(problem)
                }
            }
        }
        guard runs.files > 0 || !runs.damaged.isEmpty else { return }
        try RunImport.store(&runs, store: context.store)
        if runs.files > 0 { Output.print(runs.lines.joined(separator: "\n")) }
        // A file that could not be read is named; the rest was imported, and the status says not all was.
        guard runs.damaged.isEmpty else {
            let count = "\(runs.damaged.count) file\(runs.damaged.count == 1 ? "" : "s") could not be read"
            throw Failure(([runs.files > 0 ? count + " (the rest was imported):" : count + ":"] + runs.damaged.map { "  " + $0 }).joined(separator: "\n"))
        }
    }

    private static func removeCards(_ ids: [String], context: AppContext) throws {
        let imported = Set(context.catalog.cards.filter(\.isImported).map(\.id))
        for id in ids where !imported.contains(id) {
            if context.catalog.card(id: id) != nil {
                throw Failure("\(id) is part of Legwork's catalog; only imported cards can be removed")
            }
            throw Failure(UnknownValueError(what: "imported card", value: id, suggestions: Suggestions.closest(to: id, in: Array(imported)),
                                            hint: "list them with: legwork exercises --search fedb").description)
        }
        let count = try storeCall { () throws(StoreError) in try context.store.removeImported(ids: ids) }
        Output.print("removed \(count) imported card\(count == 1 ? "" : "s")")
    }

    /// Far above any exercise file (the free-exercise-db is 1 MB) or backup (ten years of training is a
    /// few MB): larger input is refused before it is read.
    static let maximumFileBytes = 200_000_000

    /// The file's text (standard input for "-") without a leading byte-order mark (some editors write one), each byte that is not
    /// UTF-8 read as U+FFFD, and whether there was none; or a message in the system's words (never a
    /// Foundation error code).
    static func read(_ path: String) throws -> (text: String, utf8: Bool) {
        // "-" is standard input, as for most command-line tools (`legwork history --csv | … | legwork import -`).
        let fd = path == "-" ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure("cannot read \(path): \(Output.reason(errno))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure("cannot read \(path): \(Output.reason(errno))") }
        if info.st_mode & S_IFMT == S_IFDIR { throw Failure("\(path) is a folder; give the file inside it") }
        if info.st_size > maximumFileBytes {
            throw Failure("\(path) is \(info.st_size / 1_000_000) MB; Legwork reads exercise files and backups up to \(maximumFileBytes / 1_000_000) MB")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = Foundation.read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure("cannot read \(path): \(Output.reason(errno))")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
        }
        let body = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return (text, true) }
        return (String(decoding: body, as: UTF8.self), false)
    }

    /// The UTF-8 byte-order mark, U+FEFF.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes, checks the cards against the catalog (so a bad card can never stop Legwork from
    /// starting), stores them in one transaction, and returns the report to print.
    static func importFreeExerciseDB(_ text: String, file: String, context: AppContext) throws -> String {
        var result: ImportResult
        do {
            result = try FreeExerciseDBImport.decode(text)
        } catch {
            throw Failure("\(file): \(error)")
        }
        // Counted as the file reads; cards the catalog then refuses are reported on their own line.
        let summary = result.summary(reasons: 3)
        let newIDs = Set(result.cards.map(\.id))
        let kept = context.catalog.cards.filter { $0.isImported && !newIDs.contains($0.id) }
        let checked = ImportedCardCheck.check(result.cards, besides: kept)
        result.cards = checked.cards
        let invalid = checked.problems, refused = checked.refused
        if result.cards.isEmpty {
            // Nothing to store is a failed import (status 1), with the reasons.
            var lines = ["\(file): " + summary]
            if !invalid.isEmpty { lines += invalid.prefix(3).map { "  " + $0 } }
            lines.append("nothing was imported")
            throw Failure(lines.joined(separator: "\n"))
        }
        let outcome: ImportOutcome
        do {
            outcome = try context.store.saveImported(result.cards, source: FreeExerciseDBImport.source)
            context.store.checkpoint()
        } catch {
            throw Failure(error.description)
        }
        var lines = ["\(file): " + summary]
        if !invalid.isEmpty {
            lines.append("  \(Self.bad(refused.count)) failed the catalog's checks and were not stored, first:")
            lines += invalid.prefix(3).map { "    " + $0 }
        }
        lines.append("stored: \(outcome)")
        return lines.joined(separator: "\n")
    }

    private static func bad(_ n: Int) -> String { n == 1 ? "1 card" : "\(n) cards" }

    private static func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do { return try body() } catch { throw Failure(error.description) }
    }
}

/// What kind of file `legwork import` was given, from its first bytes.
package enum ImportFormat: Equatable {
    /// A JSON array: free-exercise-db records.
    case freeExerciseDB
    /// A JSON object with Legwork's backup marker (issue of export/import of everything).
    case legworkBackup
    case unknown

    package static func detect(_ text: String) -> ImportFormat {
        guard let first = text.first(where: { !$0.isWhitespace }) else { return .unknown }
        switch first {
        case "[": return .freeExerciseDB
        case "{": return .legworkBackup
        default: return .unknown
        }
    }
}
