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
            // The weights the profile keeps in kilograms, also in the runner's pounds.
            if profile.units == .lb, let kg = key == .dumbbellMaxKg ? profile.dumbbellMaxKg : key == .backpackKg ? profile.backpackKg : nil {
                value += " (\(LoadUnit.lb.words(kilograms: kg)))"
            }
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
        try updateProfile(today: today) { _ in profile }
    }

    /// Changes the stored profile (nil before the first) by `change` and stores the result, with the
    /// first block and a new clearance, all in one transaction: another copy's edit made meanwhile (two
    /// `profile set` at once, a first run racing another) is read before this one applies, never lost.
    /// An error thrown by `change` (a refused value) is rethrown as it was, and nothing is stored.
    /// - Returns: the profile before and after.
    @discardableResult
    package func updateProfile(today: CalendarDate, _ change: (Profile?) throws -> Profile) throws -> (stored: Profile?, updated: Profile) {
        let result: (stored: Profile?, updated: Profile)
        do {
            result = try store.updateDocuments { documents in
                let stored = try documents.load(.profile, as: Profile.self)
                let profile = try change(stored)
                if let date = profile.clearedOn, date != stored?.clearedOn {
                    // The signs the clearance ends are kept in the journal; they leave the profile by the edit.
                    let clearance = SafetyJournal.Clearance(date: date, signs: RedFlag.allCases.filter((stored ?? profile).redFlags.contains))
                    let journal = try documents.load(.safetyJournal, as: SafetyJournal.self) ?? SafetyJournal()
                    try documents.save(journal.recording(clearance), key: .safetyJournal)
                }
                try documents.save(profile, key: .profile)
                if try !documents.contains(.trainingBlock), try !documents.contains(.planStart) {
                    try documents.save(TrainingBlock.first(today), key: .trainingBlock)
                }
                return (stored, profile)
            }
        } catch let error as Failure {
            throw error
        } catch let error as UsageError {
            throw error
        } catch {
            throw Failure("\(error)")
        }
        try recordBlock(today: today, previous: result.stored)
        return result
    }
}
