import ArgumentParser
import LegworkApp

/// `legwork browse`: the exercise browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Browse the exercise cards: filter, search, open a card.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try app { try BrowseAction.run(settings: global.settings) }
    }
}
