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
        discussion: "Keys: \(ProfileKey.validKeysText). A wrong key or value exits 2 and names the valid choices. "
            + "cleared=YYYY-MM-DD records that a clinician cleared you on that day: your warning signs are removed and kept in "
            + "your log, and the plan carries on."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Fields to set.", valueName: "KEY=VALUE")) var assignments: [String] = []

    func validate() throws {
        if assignments.isEmpty { throw ValidationError("give at least one KEY=VALUE; valid keys: \(ProfileKey.validKeysText)") }
    }

    func run() throws {
        let context = try AppContext.open(global)
        let today = LocalCalendar.today()
        // "cleared=today" is the one word a date field takes here: the day is known only at the edge.
        let fields = assignments.map { Self.isClearedToday($0) ? "cleared=\(today)" : $0 }
        let stored = try context.profile()
        let updated = try Self.applying(fields, to: stored ?? Profile(), today: today)
        try context.saveProfile(updated, today: today)
        if let date = updated.clearedOn, date != stored?.clearedOn {
            Output.print("Cleared by a clinician on \(date): your warning signs leave the plan (your log keeps them), and the plan carries on.")
        }
        Output.print("Profile saved.")
        Output.print(ProfileText.lines(updated).joined(separator: "\n"))
    }
}

extension ProfileSetCommand {
    static func applying(_ fields: [String], to profile: Profile, today: CalendarDate) throws -> Profile {
        do {
            return try ProfileUpdate.apply(fields, to: profile, today: today)
        } catch {
            throw ValidationError(error.message)
        }
    }

    static func isClearedToday(_ assignment: String) -> Bool {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return parts.count == 2 && parts[0] == ProfileKey.cleared.rawValue && parts[1] == "today"
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
    /// The day the plan started, as stores written before training blocks kept it (read, never written).
    static let planStart: DocumentKey = "plan-start"
}

extension AppContext {
    /// Stores the profile. The first profile starts the first training block today; a later edit keeps
    /// the block, so the weeks ahead adapt to the new answers and nothing starts again at week 1. A new
    /// clearance date (the form or `cleared=`) is kept in the safety journal with the signs it cleared.
    func saveProfile(_ profile: Profile, today: CalendarDate) throws {
        do {
            let hasBlock = try trainingBlock() != nil
            let stored = try self.profile()
            if let date = profile.clearedOn, date != stored?.clearedOn {
                _ = try recordClearance(on: date, profile: stored ?? profile)
            }
            try store.saveDocument(profile, key: .profile)
            if !hasBlock { try store.saveDocument(TrainingBlock.first(today), key: .trainingBlock) }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure("\(error)")
        }
    }
}
