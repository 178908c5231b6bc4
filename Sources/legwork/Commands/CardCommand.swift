import ArgumentParser
import LegworkKit
import LegworkTUI

/// `legwork card ID [--plain | --json]`: one exercise card, on screen or as text.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Show one exercise card.",
        discussion: "ID is a card id (step_up), or a name or alias (\"RDL\"). List them with: legwork exercises")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The card's id, name or alias.")
    var id: String

    @Flag(help: "Print the card as plain text (for pipes and screen readers).")
    var plain = false

    @Flag(help: "Print the card as JSON (schema: docs/catalog-format.md, \"JSON output\").")
    var json = false

    func validate() throws {
        if plain && json { throw ValidationError("choose one of --plain and --json") }
    }

    func run() throws {
        let context = try AppContext.open(global)
        try context.checkCatalog()
        let card: ExerciseCard
        do {
            card = try context.catalog.card(named: id)
        } catch {
            throw Failure(error.description)
        }
        if json {
            Output.print(CatalogJSON.encode(card), format: .json)
        } else if plain {
            Output.print(CardText.plain(card, level: context.level(), catalog: context.catalog))
        } else {
            try Interactive.run(root: CardScreen(card: card, catalog: context.catalog, level: context.level()), context: context)
        }
    }
}
