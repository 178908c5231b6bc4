import ArgumentParser
import LegworkApp

/// `legwork card ID [--plain | --json]`: one exercise card, on screen or as text.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: "Show one exercise card.",
        discussion: "ID is a card id (step_up), or a name or alias (\"RDL\"). List them with: legwork exercises")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The card's id, name or alias.", completion: CompletionValues.cardIDs)
    var id: String

    @Flag(help: "Print the card as plain text (for pipes and screen readers).")
    var plain = false

    @Flag(help: "Print the card as JSON (schema: docs/catalog-format.md, \"JSON output\").")
    var json = false

    func validate() throws {
        if plain && json { throw ValidationError("choose one of --plain and --json") }
    }

    func run() throws {
        try app { try CardAction.run(id, format: json ? .json : plain ? .plain : .screen, settings: global.settings) }
    }
}
