import LegworkKit
import LegworkStore

/// The plain-text form of `profile show`: one `key: value` line per field, in the form's words.
package enum ProfileText {
    package static func lines(_ profile: Profile) -> [String] {
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
    /// the block and records it adapted to the new answers (`recordBlock`), so the weeks ahead change and
    /// nothing starts again at week 1. A new clearance date (the form or `cleared=`) is kept in the safety
    /// journal with the signs it cleared.
    package func saveProfile(_ profile: Profile, today: CalendarDate) throws {
        let stored: Profile?
        do {
            let hasBlock = try trainingBlock() != nil
            stored = try self.profile()
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
        try recordBlock(today: today, previous: stored)
    }
}
