import LegworkKit

/// `legwork profile show` and `legwork profile set KEY=VALUE…`.
package enum ProfileAction {
    package static func show(json: Bool, settings: AppSettings) throws {
        let context = try AppContext.openForReading(settings)
        guard let profile = try context.profile() else {
            throw Failure("no profile yet: run `legwork intake`, or `legwork profile set KEY=VALUE…` (e.g. experience=regular)")
        }
        Output.print(json ? ProfileJSON.encode(profile) : ProfileText.lines(profile).joined(separator: "\n"), format: json ? .json : .text)
    }

    package static func set(_ assignments: [String], settings: AppSettings) throws {
        let context = try AppContext.open(settings)
        let today = context.today()
        // "cleared=today" is the one word a date field takes here: the day is known only at the edge.
        let fields = assignments.map { isClearedToday($0) ? "cleared=\(today)" : $0 }
        // Applied to the profile as stored when the write begins, in the same transaction.
        let (stored, updated) = try context.updateProfile(today: today) { stored in
            try applying(fields, to: stored ?? Profile(), today: today)
        }
        if let date = updated.clearedOn, date != stored?.clearedOn {
            Output.print("Cleared by a clinician on \(date): your warning signs leave the plan (your log keeps them), and the plan carries on.")
        }
        Output.print("Profile saved.")
        Output.print(ProfileText.lines(updated).joined(separator: "\n"))
    }

    static func applying(_ fields: [String], to profile: Profile, today: CalendarDate) throws -> Profile {
        do {
            return try ProfileUpdate.apply(fields, to: profile, today: today)
        } catch {
            throw UsageError(error.message)
        }
    }

    static func isClearedToday(_ assignment: String) -> Bool {
        let parts = assignment.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return parts.count == 2 && parts[0] == ProfileKey.cleared.rawValue && parts[1] == "today"
    }
}
