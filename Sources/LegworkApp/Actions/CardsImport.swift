import LegworkKit
import LegworkStore

/// `legwork import cards.json` for a file `legwork exercises --json` wrote: a physical therapist's set of
/// cards goes to a runner. Cards already in Legwork's own catalog are counted and left alone; the others
/// pass the catalog's checks (with the runner's other imported cards) and are stored, each under the
/// source it came with (`free-exercise-db`, or `cards` for a card written by hand).
enum CardsImport {
    /// The source of an imported card that names none.
    static let source = "cards"

    static func run(_ text: String, file: String, context: AppContext) throws -> String {
        let read: [ExerciseCard]
        do { read = try CardFile.cards(text, file: file) } catch {
            let problems = error.errors.prefix(5).map { "  " + $0.description }
            throw Failure((["the cards cannot be read (\(error.errors.count) problem\(error.errors.count == 1 ? "" : "s")):"] + problems).joined(separator: "\n"))
        }
        let builtIn = Set(context.catalog.cards.filter { !$0.isImported }.map(\.id))
        let own = read.filter { builtIn.contains($0.id) }
        let offered = read.filter { !builtIn.contains($0.id) }
        let newIDs = Set(offered.map(\.id))
        let kept = context.catalog.cards.filter { $0.isImported && !newIDs.contains($0.id) }
        let checked = ImportedCardCheck.check(offered, besides: kept)
        var outcome = ImportOutcome()
        do {
            for (source, cards) in Dictionary(grouping: checked.cards, by: { $0.source ?? Self.source }).sorted(by: { $0.key < $1.key }) {
                let stored = try context.store.saveImported(cards, source: source)
                outcome.added += stored.added; outcome.updated += stored.updated; outcome.unchanged += stored.unchanged
            }
            context.store.checkpoint()
        } catch {
            throw Failure(error.description)
        }
        var lines = ["\(file): \(read.count) card\(read.count == 1 ? "" : "s"); stored: \(outcome)"]
        if !own.isEmpty { lines.append("  \(own.count) already part of Legwork's catalog, left as they are") }
        if !checked.refused.isEmpty {
            lines.append("  \(checked.refused.count) failed the catalog's checks and were not stored, first:")
            lines += checked.problems.prefix(3).map { "    " + $0 }
        }
        return lines.joined(separator: "\n")
    }
}
