import LegworkKit
import LegworkTUI

/// `legwork card ID`: one exercise card, on the screen or printed.
package enum CardAction {
    package enum Format: Sendable { case screen, plain, json }

    package static func run(_ id: String, format: Format, settings: AppSettings) throws {
        let context = try format == .screen ? AppContext.open(settings) : AppContext.openForReading(settings)
        try context.checkCatalog()
        let card: ExerciseCard
        do {
            card = try context.catalog.card(named: id)
        } catch {
            throw Failure(error.description)
        }
        switch format {
        case .json:
            Output.print(CatalogJSON.encode(card), format: .json)
        case .plain:
            Output.print(CardText.plain(card, level: context.level(), catalog: context.catalog))
        case .screen:
            try Interactive.run(root: CardScreen(card: card, catalog: context.catalog, level: context.level()), context: context)
        }
    }
}
