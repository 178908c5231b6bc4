import Foundation

/// `legwork profile set KEY=VALUE…`: applies assignments to a profile with the intake form's validation.
public enum ProfileUpdate {
    /// Applies `assignments` (words like `goal=race`, in order; a later word for the same key wins), then
    /// checks the fields against each other.
    ///
    /// A race date that was already stored is not re-checked against `today`, so a past race does not
    /// block unrelated changes; a race date given in `assignments` must not be in the past.
    /// - Throws: the first problem, worded to name the valid keys or values (the command line exits 2).
    public static func apply(_ assignments: [String], to profile: Profile, today: CalendarDate) throws(ProfileError) -> Profile {
        var updated = profile
        var setRaceDate = false
        for word in assignments {
            guard let equals = word.firstIndex(of: "=") else { throw .notAnAssignment(word) }
            let name = word[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = String(word[word.index(after: equals)...])
            guard let key = ProfileKey(rawValue: name) else {
                throw .unknownKey(name, suggestion: ProfileKey.suggestion(for: name)?.rawValue)
            }
            try key.apply(value, to: &updated)
            if key == .raceDate { setRaceDate = true }
        }
        try updated.validate(today: today, checkRaceDate: setRaceDate)
        return updated
    }
}
