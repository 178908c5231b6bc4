import LegworkKit
import LegworkTUI

/// `legwork exercises`: the cards that match a filter, as an aligned table or as JSON.
package enum ExercisesAction {
    /// The filter's words as given on the command line (each nil when not given).
    package struct Words: Sendable {
        package var kind, quality, muscle, equipment, injury, level, search: String?
        package init(kind: String?, quality: String?, muscle: String?, equipment: String?, injury: String?, level: String?, search: String?) {
            self.kind = kind; self.quality = quality; self.muscle = muscle; self.equipment = equipment
            self.injury = injury; self.level = level; self.search = search
        }
    }

    package static func run(_ words: Words, json: Bool, settings: AppSettings) throws {
        let filter = try makeFilter(words)
        let context = try AppContext.openForReading(settings)
        try context.checkCatalog()
        let cards = context.catalog.cards(matching: filter)
        if json {
            Output.print(CatalogJSON.encode(cards), format: .json)
        } else {
            Output.print(table(cards, of: context.catalog.cards.count))
        }
    }

    static func makeFilter(_ words: Words) throws -> CatalogFilter {
        do {
            typealias V = CatalogFilter.Value
            return CatalogFilter(
                kind: try words.kind.map { text throws(UnknownValueError) in try V.parse(kind: text) },
                quality: try words.quality.map { text throws(UnknownValueError) in try V.parse(quality: text) },
                muscle: try words.muscle.map { text throws(UnknownValueError) in try V.parse(muscle: text) },
                equipment: try words.equipment.map { text throws(UnknownValueError) in try V.parse(equipment: text) },
                injury: try words.injury.map { text throws(UnknownValueError) in try V.parse(injury: text) },
                level: try words.level.map { text throws(UnknownValueError) in try V.parse(level: text) },
                search: words.search ?? "")
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
