/// The same problems in the profile form's words: the form shows each message beside its field and
/// changes answers with keys, so it names fields by their labels and says what to pick, never
/// `key=value` syntax (that is `message`, for `legwork profile set`).
extension ProfileError {
    public var formMessage: String {
        switch self {
        case .notAnAssignment, .unknownKey:
            return message
        case let .invalidValue(_, value, hint):
            // The form takes miles in the same field ("20 mi"); the command line has its own key.
            let words = hint.replacing(" (or weekly-miles=…)", with: ", or add mi for miles")
            return "\"\(value)\" is not valid: \(words)"
        case .noRunDays:
            return "Tick at least one day you run."
        case let .longRunDayNotARunDay(day, runDays):
            return "\(day.title) is not one of your run days (\(Self.titles(runDays))): choose one of them or No long run, or tick \(day.title) in Run days."
        case let .workoutDayNotARunDay(day, runDays):
            return "\(day.title) is not one of your run days (\(Self.titles(runDays))): choose one of them or No workout, or tick \(day.title) in Run days."
        case let .longRunAndWorkoutSameDay(day):
            return "The long run and the workout are both on \(day.title): choose two different days."
        case .raceWithoutDistance:
            return "A race goal needs its distance: choose 5K, 10K, half or marathon here."
        case let .raceDateInPast(date, today):
            return "\(date) is before today (\(today)): give a date to come, or clear it with Ctrl-U."
        case let .injuryListedTwice(injury):
            return "\(injury.title) is listed twice: keep one."
        case let .clearedInFuture(date, today):
            return "\(date) is after today (\(today)): give the day a clinician cleared you."
        }
    }

    private static func titles(_ days: [Weekday]) -> String {
        days.isEmpty ? "none" : days.map(\.title).joined(separator: ", ")
    }
}
