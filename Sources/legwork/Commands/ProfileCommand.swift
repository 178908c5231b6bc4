import ArgumentParser
import Foundation
import LegworkKit
import LegworkStore

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
        let context = try AppContext.open(global)
        guard let profile = try context.profile() else {
            throw Failure("no profile yet: run `legwork intake`, or `legwork profile set KEY=VALUE…` (e.g. experience=regular)")
        }
        Output.print(json ? ProfileJSON.encode(profile) : ProfileText.lines(profile).joined(separator: "\n"), format: json ? .json : .text)
    }
}

struct ProfileSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set profile fields, e.g. `legwork profile set goal=race race-distance=half race-date=2026-04-19`.",
        discussion: "Keys: \(ProfileKey.validKeysText). A wrong key or value exits 2 and names the valid choices."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Fields to set.", valueName: "KEY=VALUE")) var assignments: [String] = []

    func validate() throws {
        if assignments.isEmpty { throw ValidationError("give at least one KEY=VALUE; valid keys: \(ProfileKey.validKeysText)") }
    }

    func run() throws {
        let context = try AppContext.open(global)
        let today = LocalCalendar.today()
        let updated: Profile
        do {
            updated = try ProfileUpdate.apply(assignments, to: context.profile() ?? Profile(), today: today)
        } catch let error as ProfileError {
            throw ValidationError(error.message)
        }
        try context.saveProfile(updated, today: today)
        Output.print("Profile saved.")
        Output.print(ProfileText.lines(updated).joined(separator: "\n"))
    }
}

/// The plain-text form of `profile show`: one `key: value` line per field, in the form's words.
enum ProfileText {
    static func lines(_ profile: Profile) -> [String] {
        let keys = ProfileKey.allCases.filter { $0 != .weeklyMiles }
        let width = keys.map(\.rawValue.count).max() ?? 0
        return keys.map { key in
            var value = key.text(in: profile)
            if key == .weeklyKm { value += " (\(ProfileKey.weeklyMiles.text(in: profile)) mi)" }
            return key.rawValue + ":" + String(repeating: " ", count: width - key.rawValue.count + 1) + value
        }
    }
}

extension DocumentKey {
    /// The day the current plan started: set when the profile is saved, so the weeks stay put from one
    /// day to the next and a changed profile starts a fresh plan.
    static let planStart: DocumentKey = "plan-start"
}

extension AppContext {
    /// Stores the profile and starts its plan today.
    func saveProfile(_ profile: Profile, today: CalendarDate) throws {
        do {
            try store.saveDocument(profile, key: .profile)
            try store.saveDocument(today, key: .planStart)
        } catch {
            throw Failure(error.description)
        }
    }
}
