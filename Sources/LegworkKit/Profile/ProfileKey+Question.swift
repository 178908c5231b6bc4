/// Each key's question in the intake form (nil for keys the form does not ask), in the order of the
/// cases: the form asks `ProfileKey.allCases` that have one.
extension ProfileKey {
    /// What the form shows for a key, how it is answered, and when it is asked.
    struct Question {
        let label: String, help: String, kind: IntakeField.Kind, isOptional: Bool
        /// Asked only when this holds (or the field already has an answer).
        let askedWhen: Condition?

        init(_ label: String, _ help: String, _ kind: IntakeField.Kind, optional: Bool = false, when: Condition? = nil) {
            self.label = label; self.help = help; self.kind = kind; self.isOptional = optional; self.askedWhen = when
        }
    }

    /// A question that only makes sense after another answer.
    enum Condition {
        /// `key`'s list holds `value` (the heaviest dumbbell once dumbbells are ticked).
        case ticked(ProfileKey, String)
        /// `key`'s list holds anything (the clearance once a warning sign is ticked).
        case anyTicked(ProfileKey)
    }

    private static let dayChoices = Weekday.allCases.map { IntakeChoice($0.rawValue, $0.title) }

    var question: Question? {
        switch self {
        case .experience:
            Question("Running experience", "new: running for less than 6 months; regular; seasoned: years of training",
                     .singleChoice(Experience.allCases.map { IntakeChoice($0.rawValue, $0.title) }))
        case .goal:
            Question("Goal", "What you train for: it sets the emphasis of your plan",
                     .singleChoice(Goal.allCases.map { IntakeChoice($0.rawValue, $0.title) }))
        case .raceDistance:
            Question("Race distance", "Needed when the goal is a race; none otherwise",
                     .singleChoice(RaceDistance.allCases.map { IntakeChoice($0.rawValue, $0.title) } + [IntakeChoice("none", "No race")]),
                     optional: true)
        case .raceDate:
            Question("Race date", "YYYY-MM-DD, optional: the plan tapers before it and rests after it", .date, optional: true)
        case .weeklyKm:
            Question("Weekly running distance", "Kilometres per week, 0–300; add mi for miles (e.g. 20 mi)",
                     .number(unit: "km", range: Profile.weeklyKmRange))
        case .weeklyMiles:
            nil
        case .runDays:
            Question("Run days", "The days you run: ←→ to a day, Space ticks it", .dayList)
        case .longRunDay:
            Question("Long run day", "One of your run days; nothing heavy for the legs the day before",
                     .singleChoice(Self.dayChoices + [IntakeChoice("none", "No long run")]), optional: true)
        case .workoutDay:
            Question("Workout day", "Your hard run (intervals, tempo): strength goes after it, never the day before",
                     .singleChoice(Self.dayChoices + [IntakeChoice("none", "No workout")]), optional: true)
        case .strengthDays:
            Question("Strength sessions per week", "1–4; two a week is what most runners need",
                     .singleChoice(Profile.strengthDaysRange.map { IntakeChoice(String($0), "\($0) per week") }))
        case .sessionMinutes:
            Question("Session length", "Minutes per strength session",
                     .singleChoice(SessionLength.allCases.map { IntakeChoice(String($0.minutes), "\($0.minutes) min") }))
        case .equipment:
            Question("Equipment", "What you have at hand; exercises that need something else are swapped for an easier one",
                     .multiChoice(Equipment.allCases.map { IntakeChoice($0.rawValue, $0.title) }), optional: true)
        case .dumbbellMaxKg:
            Question("Heaviest dumbbell", "In kg, or in pounds with lb (25lb), if you have dumbbells", .number(unit: "kg", range: Profile.dumbbellKgRange),
                     optional: true, when: .ticked(.equipment, Equipment.dumbbells.rawValue))
        case .backpackKg:
            Question("Loaded backpack", "In kg (or 20lb), what your backpack weighs with books or water bottles in it, if you load with one",
                     .number(unit: "kg", range: Profile.backpackKgRange), optional: true, when: .ticked(.equipment, Equipment.backpack.rawValue))
        case .injury:
            Question("Injuries", "Each area: none, past (healed) or current with its pain from 0 to 10", .injuryList, optional: true)
        case .redFlags:
            Question("Warning signs", "Tick any that apply now: they call for a clinician before impact work",
                     .multiChoice(RedFlag.allCases.map { IntakeChoice($0.rawValue, $0.question) }), optional: true)
        case .cleared:
            Question("Cleared by a clinician", "YYYY-MM-DD: the day a doctor or physiotherapist cleared your warning signs; they leave your plan",
                     .date, optional: true, when: .anyTicked(.redFlags))
        case .importedCards, .hopTest:
            // Set by the exercise import and the return-to-jumping test, not asked at intake.
            nil
        case .age:
            Question("Age", "Optional, in years: it chooses the norms your strength check is compared with",
                     .number(unit: "years", range: Double(Profile.ageRange.lowerBound)...Double(Profile.ageRange.upperBound)), optional: true)
        case .sex:
            Question("Sex", "Optional: it chooses the norms your strength check is compared with",
                     .singleChoice(Sex.allCases.map { IntakeChoice($0.rawValue, $0.title) } + [IntakeChoice("none", "Not said")]), optional: true)
        case .units:
            // Kilograms unless the runner says otherwise; a weight typed as "25lb" or "11kg" is read in its
            // own unit wherever it is asked, whatever the answer.
            Question("Units", "How weights and distances are shown: kilograms and kilometres, or pounds and miles",
                     .singleChoice(LoadUnit.allCases.map { IntakeChoice($0.rawValue, $0.title) }), optional: true)
        }
    }
}
