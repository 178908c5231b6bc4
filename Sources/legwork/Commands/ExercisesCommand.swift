import ArgumentParser
import LegworkKit
import LegworkTUI

/// `legwork exercises [filters] [--json]`: the cards that match, as an aligned table or as JSON.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List exercise cards, filtered.",
        discussion: """
        Filters combine (all must hold). Values are the catalog's words; a typo exits 1 and suggests the \
        closest ones. --json prints the schema of docs/catalog-format.md ("JSON output").
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "strength, core, power or stretch.")
    var kind: String?
    @Option(help: "Cards that train it well (score 2+): single-leg, joint-control, load-tolerance, carryover (or SL JC LT CO).")
    var quality: String?
    @Option(help: "A muscle worked, primary or secondary (glute-med, calves, ...).")
    var muscle: String?
    @Option(help: "The equipment you have, comma-separated (mat,step,dumbbells), or none for body weight only.")
    var equipment: String?
    @Option(help: "Cards that help with it: itbs, knee, shins, achilles, plantar, other.")
    var injury: String?
    @Option(help: "Cards with a dose for it: beginner, intermediate, advanced.")
    var level: String?
    @Option(help: "Words that begin words of the name or an alias (\"sl rdl\").")
    var search: String?
    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let filter = try makeFilter()
        let context = try AppContext.open(global)
        try context.checkCatalog()
        let cards = context.catalog.cards(matching: filter)
        if json {
            Output.print(CatalogJSON.encode(cards), format: .json)
        } else {
            Output.print(Self.table(cards, of: context.catalog.cards.count))
        }
    }

    func makeFilter() throws -> CatalogFilter {
        do {
            typealias V = CatalogFilter.Value
            return CatalogFilter(
                kind: try kind.map { text throws(UnknownValueError) in try V.parse(kind: text) },
                quality: try quality.map { text throws(UnknownValueError) in try V.parse(quality: text) },
                muscle: try muscle.map { text throws(UnknownValueError) in try V.parse(muscle: text) },
                equipment: try equipment.map { text throws(UnknownValueError) in try V.parse(equipment: text) },
                injury: try injury.map { text throws(UnknownValueError) in try V.parse(injury: text) },
                level: try level.map { text throws(UnknownValueError) in try V.parse(level: text) },
                search: search ?? "")
        } catch {
            throw Failure(error.description)
        }
    }

    /// An aligned table: id, name, kind, the four scores (- when unscored), equipment, imported mark;
    /// then "N of M exercises".
    static func table(_ cards: [ExerciseCard], of total: Int) -> String {
        let header = ["ID", "NAME", "KIND", "SL", "JC", "LT", "CO", "EQUIPMENT", "SOURCE"]
        let rows = cards.map { card -> [String] in
            let scores = Quality.allCases.map { q in card.qualities.map { String($0[q] ?? 0) } ?? "-" }
            let needs = card.equipment.required.map(\.rawValue) + card.unlistedEquipment
            return [card.id, card.name, card.kind.rawValue] + scores
                + [needs.isEmpty ? "-" : needs.joined(separator: ","), card.source ?? "legwork"]
        }
        var widths = header.map { DisplayWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { cell, width in cell + String(repeating: " ", count: width - DisplayWidth.of(cell)) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let noun = total == 1 ? "exercise" : "exercises"
        return ([line(header)] + rows.map(line) + ["\(cards.count) of \(total) \(noun)"]).joined(separator: "\n")
    }
}
