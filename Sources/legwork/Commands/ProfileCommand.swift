import ArgumentParser
import LegworkApp
import LegworkKit

/// `legwork profile show [--json]` and `legwork profile set KEY=VALUE…` (DESIGN.md "Profile fields").
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or set your runner profile without the form.",
        subcommands: [ProfileShowCommand.self, ProfileSetCommand.self]
    )
}

struct ProfileShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the stored profile.",
        discussion: "--json prints every key of `profile set`, absent values as null (weekly distance in km)."
    )

    @OptionGroup var global: GlobalOptions
    @Flag(name: .long, help: "Print JSON (the keys of `profile set`).") var json = false

    func run() throws {
        try app { try ProfileAction.show(json: json, settings: global.settings) }
    }
}

struct ProfileSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set profile fields, e.g. `legwork profile set goal=race race-distance=half race-date=2026-04-19`.",
        discussion: "Keys: \(ProfileKey.validKeysText). A wrong key or value exits 2 and names the valid choices. "
            + "cleared=YYYY-MM-DD records that a clinician cleared you on that day: your warning signs are removed and kept in "
            + "your log, and the plan carries on."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Fields to set.", valueName: "KEY=VALUE"), completion: CompletionValues.profileAssignments) var assignments: [String] = []

    func validate() throws {
        if assignments.isEmpty { throw ValidationError("give at least one KEY=VALUE; valid keys: \(ProfileKey.validKeysText)") }
    }

    func run() throws {
        try app { try ProfileAction.set(assignments, settings: global.settings) }
    }

}
