/// What is wrong with a profile assignment or a profile, worded for the runner: each message says what
/// is wrong and what to write instead. The command line prints `message` and exits 2.
public enum ProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A word without `=`, e.g. `goal` alone.
    case notAnAssignment(String)
    /// A key that is not in DESIGN.md's table; `suggestion` is the nearest valid key, if any is close.
    case unknownKey(String, suggestion: String?)
    /// A value the key does not accept; `hint` names the valid choices or range.
    case invalidValue(key: ProfileKey, value: String, hint: String)
    case noRunDays
    case longRunDayNotARunDay(Weekday, runDays: [Weekday])
    case workoutDayNotARunDay(Weekday, runDays: [Weekday])
    case longRunAndWorkoutSameDay(Weekday)
    case raceWithoutDistance
    case raceDateInPast(CalendarDate, today: CalendarDate)
    case injuryListedTwice(Injury)
    case clearedInFuture(CalendarDate, today: CalendarDate)

    /// The field the problem belongs to, so a form can show the message next to it.
    public var key: ProfileKey? {
        switch self {
        case .notAnAssignment, .unknownKey: nil
        case let .invalidValue(key, _, _): key
        case .noRunDays: .runDays
        case .longRunDayNotARunDay, .longRunAndWorkoutSameDay: .longRunDay
        case .workoutDayNotARunDay: .workoutDay
        case .raceWithoutDistance: .raceDistance
        case .raceDateInPast: .raceDate
        case .injuryListedTwice: .injury
        case .clearedInFuture: .cleared
        }
    }

    public var message: String {
        switch self {
        case let .notAnAssignment(word):
            return "\"\(word)\" is not KEY=VALUE; write e.g. goal=race (valid keys: \(ProfileKey.validKeysText))"
        case let .unknownKey(key, suggestion):
            let guess = suggestion.map { "; did you mean \"\($0)\"?" } ?? ";"
            return "unknown key \"\(key)\"\(guess) valid keys: \(ProfileKey.validKeysText)"
        case let .invalidValue(key, value, hint):
            return "\(key.rawValue): \"\(value)\" is not valid; \(hint)"
        case .noRunDays:
            return "run-days: give at least one day, e.g. run-days=tue,thu,sat"
        case let .longRunDayNotARunDay(day, runDays):
            return "long-run-day: \(day.rawValue) is not one of your run days (\(Self.list(runDays))); "
                + "choose one of them, add \(day.rawValue) to run-days, or write long-run-day=none"
        case let .workoutDayNotARunDay(day, runDays):
            return "workout-day: \(day.rawValue) is not one of your run days (\(Self.list(runDays))); "
                + "choose one of them, add \(day.rawValue) to run-days, or write workout-day=none"
        case let .longRunAndWorkoutSameDay(day):
            return "long-run-day and workout-day are both \(day.rawValue); choose two different days"
        case .raceWithoutDistance:
            return "goal race needs a race-distance; add race-distance=5k, 10k, half or marathon"
        case let .raceDateInPast(date, today):
            return "race-date: \(date) is before today (\(today)); give a future date or race-date=none"
        case let .injuryListedTwice(injury):
            return "injury: \(injury.rawValue) is listed twice; give each injury once, e.g. \(injury.rawValue):current:3"
        case let .clearedInFuture(date, today):
            return "cleared: \(date) is after today (\(today)); give the day a clinician cleared you"
        }
    }

    public var description: String { message }

    private static func list(_ days: [Weekday]) -> String {
        days.isEmpty ? "none" : days.map(\.rawValue).joined(separator: ",")
    }
}
