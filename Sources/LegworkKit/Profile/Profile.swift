/// Who the runner is: everything the plan generator needs to make the plan personal.
///
/// Field by field this is DESIGN.md's "Profile fields" table. `Profile()` is the profile of someone who
/// has not filled in the intake yet: cautious defaults (beginner dose, mat only, no injuries).
/// Its `Codable` form is the `profile show --json` form (kebab-case keys; see `ProfileJSON`), written and
/// read key by key from `ProfileKey` (ProfileKey+Storage.swift); keys missing from stored JSON take their
/// default, so older files keep loading.
public struct Profile: Equatable, Sendable {
    public var experience: Experience
    public var goal: Goal
    public var raceDistance: RaceDistance?
    public var raceDate: CalendarDate?
    /// Kilometres run per week, 0–300, kept to one decimal.
    public var weeklyKm: Double
    public var runDays: Set<Weekday>
    /// The key runs: nothing heavy for the legs in the 24 h before them. Nil: the runner has none.
    public var longRunDay: Weekday?
    public var workoutDay: Weekday?
    /// Strength sessions wanted per week, 1–4 (the plan may schedule fewer; DOMAIN.md §2, Frequency).
    public var strengthDays: Int
    public var sessionMinutes: SessionLength
    public var equipment: Set<Equipment>
    /// The heaviest dumbbell available, when the runner has dumbbells.
    public var dumbbellMaxKg: Double?
    /// What the runner's backpack holds loaded (books, water bottles), when they load with one: it caps what
    /// a backpack-loaded exercise asks, as the heaviest dumbbell does.
    public var backpackKg: Double?
    /// At most one entry per injury.
    public var injuries: [InjuryStatus]
    public var redFlags: Set<RedFlag>
    /// Whether cards the runner imported (not reviewed for runners) may enter the plan and the
    /// routines: off until the runner turns it on (`imported-cards=on`).
    public var importedCards: Bool = false
    /// The last day a clinician cleared the runner's warning signs (the safety journal keeps each one).
    public var clearedOn: CalendarDate?
    /// The day the runner passed the return-to-jumping test after an injury (`ReturnToJumping`), if so.
    public var hopTestPassed: CalendarDate?
    /// Optional answers that pick the strength check's norms (DOMAIN.md §5); without them the middle of
    /// the table is used.
    public var age: Int?
    public var sex: Sex?
    /// The unit loads are shown and typed in (`units=lb`); the log and the plan keep kilograms.
    public var units: LoadUnit = .kg

    public static let weeklyKmRange: ClosedRange<Double> = 0...300
    public static let strengthDaysRange: ClosedRange<Int> = 1...4
    public static let painRange: ClosedRange<Int> = 0...10
    public static let dumbbellKgRange: ClosedRange<Double> = 0.5...100
    public static let backpackKgRange: ClosedRange<Double> = 0.5...40
    public static let kmPerMile = 1.609344
    public static let ageRange: ClosedRange<Int> = 10...100

    public init(
        experience: Experience = .new, goal: Goal = .stamina, raceDistance: RaceDistance? = nil,
        raceDate: CalendarDate? = nil, weeklyKm: Double = 15, runDays: Set<Weekday> = [.tue, .thu, .sat],
        longRunDay: Weekday? = .sat, workoutDay: Weekday? = nil, strengthDays: Int = 2,
        sessionMinutes: SessionLength = .standard, equipment: Set<Equipment> = [.mat], dumbbellMaxKg: Double? = nil,
        injuries: [InjuryStatus] = [], redFlags: Set<RedFlag> = []
    ) {
        self.experience = experience; self.goal = goal; self.raceDistance = raceDistance; self.raceDate = raceDate
        self.weeklyKm = weeklyKm; self.runDays = runDays; self.longRunDay = longRunDay; self.workoutDay = workoutDay
        self.strengthDays = strengthDays; self.sessionMinutes = sessionMinutes; self.equipment = equipment
        self.dumbbellMaxKg = dumbbellMaxKg; self.injuries = injuries; self.redFlags = redFlags
        self.hopTestPassed = nil
    }

    public var level: Level { experience.level }

    /// The run days in week order.
    public var sortedRunDays: [Weekday] { runDays.sorted() }

    /// Long run and workout: the runs strength work must not spoil.
    public var keyRunDays: Set<Weekday> { Set([longRunDay, workoutDay].compactMap { $0 }) }

    public func status(of injury: Injury) -> InjuryStatus? { injuries.first { $0.injury == injury } }

    /// The highest current pain score, 0 when nothing hurts now.
    public var currentPain: Int { injuries.map(\.pain).max() ?? 0 }

    /// What is inconsistent across fields, first problem first; empty when the profile is usable.
    ///
    /// - Parameter checkRaceDate: false to accept a race date that has passed (a stored profile keeps its
    ///   last race; the plan then ignores it).
    public func problems(today: CalendarDate, checkRaceDate: Bool = true) -> [ProfileError] {
        var found: [ProfileError] = []
        if runDays.isEmpty { found.append(.noRunDays) }
        if let day = longRunDay, !runDays.contains(day) {
            found.append(.longRunDayNotARunDay(day, runDays: sortedRunDays))
        }
        if let day = workoutDay, !runDays.contains(day) {
            found.append(.workoutDayNotARunDay(day, runDays: sortedRunDays))
        }
        if let long = longRunDay, long == workoutDay { found.append(.longRunAndWorkoutSameDay(long)) }
        if goal == .race, raceDistance == nil { found.append(.raceWithoutDistance) }
        if checkRaceDate, let date = raceDate, date < today { found.append(.raceDateInPast(date, today: today)) }
        if let date = clearedOn, date > today { found.append(.clearedInFuture(date, today: today)) }
        var seen: Set<Injury> = []
        for status in injuries where !seen.insert(status.injury).inserted {
            found.append(.injuryListedTwice(status.injury))
        }
        return found
    }

    /// Throws the first cross-field problem (see `problems(today:checkRaceDate:)`).
    public func validate(today: CalendarDate, checkRaceDate: Bool = true) throws(ProfileError) {
        if let first = problems(today: today, checkRaceDate: checkRaceDate).first { throw first }
    }
}
