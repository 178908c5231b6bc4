import Foundation

/// The pure model behind the intake screen: the profile questions in order, the runner's answers as text,
/// and an inline message for each answer that cannot be accepted.
///
/// Each answer goes through `ProfileKey.apply`, the parser of `legwork profile set`, so the form and the
/// command line accept and explain exactly the same things. Cross-field problems (a long-run day that is
/// not a run day, a race without a distance, a race date in the past) are shown on the field they concern.
public struct IntakeForm: Equatable, Sendable {
    public private(set) var fields: [IntakeField]
    /// The day the form is filled in: a race date before it is refused.
    public let today: CalendarDate
    /// The profile the form started from; answers are applied on top of it.
    private let base: Profile

    /// A form showing `profile`'s values (the defaults for a first run), validated at once.
    public init(profile: Profile = Profile(), today: CalendarDate) {
        self.base = profile
        self.today = today
        self.fields = IntakeForm.questions.map { q in
            var text = q.key.text(in: profile)
            if q.isOptional, text == "none", [.raceDate, .dumbbellMaxKg, .backpackKg, .cleared].contains(q.key) { text = "" }
            return IntakeField(key: q.key, label: q.label, help: q.help, kind: q.kind, isOptional: q.isOptional,
                               text: text, message: nil)
        }
        revalidate()
    }

    public subscript(key: ProfileKey) -> IntakeField? { fields.first { $0.key == key } }

    /// Replaces the answer for `key` and re-checks every field (one answer can fix or break another).
    public mutating func setText(_ text: String, for key: ProfileKey) {
        guard let i = fields.firstIndex(where: { $0.key == key }) else { return }
        fields[i].text = text
        revalidate()
    }

    /// Adds `value` to a list answer (multi choice or day list) or removes it when present, keeping the
    /// list in the order of the choices. Other kinds are left alone.
    public mutating func toggle(_ value: String, for key: ProfileKey) {
        guard let field = self[key] else { return }
        let order: [String]
        switch field.kind {
        case let .multiChoice(choices): order = choices.map(\.value)
        case .dayList: order = Weekday.allCases.map(\.rawValue)
        default: return
        }
        var items = field.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && $0 != "none" }
        if let i = items.firstIndex(of: value) { items.remove(at: i) } else { items.append(value) }
        let known = order.filter(items.contains)
        let unknown = items.filter { !order.contains($0) }
        let all = known + unknown
        setText(all.isEmpty ? "none" : all.joined(separator: ","), for: key)
    }

    /// Moves a single-choice answer `offset` choices along (wrapping), e.g. for the left and right arrows.
    /// An answer that is not one of the choices moves from the first choice. Other kinds are left alone.
    public mutating func cycle(_ key: ProfileKey, by offset: Int) {
        guard let field = self[key], case let .singleChoice(choices) = field.kind, !choices.isEmpty else { return }
        let current = choices.firstIndex { $0.value == field.text.trimmingCharacters(in: .whitespaces).lowercased() }
        let next = current.map { (($0 + offset) % choices.count + choices.count) % choices.count } ?? 0
        setText(choices[next].value, for: key)
    }

    /// True when every answer is accepted and the answers agree with each other.
    public var isValid: Bool { fields.allSatisfy(\.isValid) }

    /// The first field with a problem, where the screen should put the cursor.
    public var firstInvalidKey: ProfileKey? { fields.first { !$0.isValid }?.key }

    /// The profile the answers describe.
    /// - Throws: the first problem, the same error `legwork profile set` would give.
    public func profile() throws(ProfileError) -> Profile {
        var profile = base
        for field in fields { try field.key.apply(field.text, to: &profile) }
        try profile.validate(today: today)
        return profile
    }

    private mutating func revalidate() {
        var profile = base
        for i in fields.indices {
            fields[i].message = nil
            do { try fields[i].key.apply(fields[i].text, to: &profile) } catch { fields[i].message = error.formMessage }
        }
        for problem in profile.problems(today: today) {
            guard let key = problem.key, let i = fields.firstIndex(where: { $0.key == key }),
                  fields[i].message == nil else { continue }
            fields[i].message = problem.formMessage
        }
    }

    private struct Question {
        let key: ProfileKey, label: String, help: String, kind: IntakeField.Kind, isOptional: Bool
        init(_ key: ProfileKey, _ label: String, _ help: String, _ kind: IntakeField.Kind, optional: Bool = false) {
            self.key = key; self.label = label; self.help = help; self.kind = kind; self.isOptional = optional
        }
    }

    private static let dayChoices = Weekday.allCases.map { IntakeChoice($0.rawValue, $0.title) }

    /// The questions in the order the screen asks them (DESIGN.md's "Profile fields").
    private static let questions: [Question] = [
        Question(.experience, "Running experience", "new: running for less than 6 months; regular; seasoned: years of training",
                 .singleChoice(Experience.allCases.map { IntakeChoice($0.rawValue, $0.title) })),
        Question(.goal, "Goal", "What you train for: it sets the emphasis of your plan",
                 .singleChoice(Goal.allCases.map { IntakeChoice($0.rawValue, $0.title) })),
        Question(.raceDistance, "Race distance", "Needed when the goal is a race; none otherwise",
                 .singleChoice(RaceDistance.allCases.map { IntakeChoice($0.rawValue, $0.title) } + [IntakeChoice("none", "No race")]),
                 optional: true),
        Question(.raceDate, "Race date", "YYYY-MM-DD, optional: the plan tapers before it and rests after it",
                 .date, optional: true),
        Question(.weeklyKm, "Weekly running distance", "Kilometres per week, 0–300; add mi for miles (e.g. 20 mi)",
                 .number(unit: "km", range: Profile.weeklyKmRange)),
        Question(.runDays, "Run days", "The days you run: ←→ to a day, Space ticks it", .dayList),
        Question(.longRunDay, "Long run day", "One of your run days; nothing heavy for the legs the day before",
                 .singleChoice(dayChoices + [IntakeChoice("none", "No long run")]), optional: true),
        Question(.workoutDay, "Workout day", "Your hard run (intervals, tempo): strength goes after it, never the day before",
                 .singleChoice(dayChoices + [IntakeChoice("none", "No workout")]), optional: true),
        Question(.strengthDays, "Strength sessions per week", "1–4; two a week is what most runners need",
                 .singleChoice((1...4).map { IntakeChoice(String($0), "\($0) per week") })),
        Question(.sessionMinutes, "Session length", "Minutes per strength session",
                 .singleChoice(SessionLength.allCases.map { IntakeChoice(String($0.minutes), "\($0.minutes) min") })),
        Question(.equipment, "Equipment", "What you have at hand; exercises that need something else are swapped for an easier one",
                 .multiChoice(Equipment.allCases.map { IntakeChoice($0.rawValue, $0.title) }), optional: true),
        Question(.dumbbellMaxKg, "Heaviest dumbbell", "In kg, if you have dumbbells",
                 .number(unit: "kg", range: Profile.dumbbellKgRange), optional: true),
        Question(.backpackKg, "Loaded backpack", "In kg, what your backpack weighs with books or water bottles in it, if you load with one",
                 .number(unit: "kg", range: Profile.backpackKgRange), optional: true),
        Question(.injury, "Injuries", "Each area: none, past (healed) or current with its pain from 0 to 10",
                 .injuryList, optional: true),
        Question(.redFlags, "Warning signs", "Tick any that apply now: they call for a clinician before impact work",
                 .multiChoice(RedFlag.allCases.map { IntakeChoice($0.rawValue, $0.question) }), optional: true),
        Question(.cleared, "Cleared by a clinician", "YYYY-MM-DD: the day a doctor or physiotherapist cleared your warning signs; they leave your plan",
                 .date, optional: true),
    ]
}
