/// Who the runner is: everything the plan generator needs to make the plan personal.
///
/// Field by field this is DESIGN.md's "Profile fields" table. `Profile()` is the profile of someone who
/// has not filled in the intake yet: cautious defaults (beginner dose, mat only, no injuries).
/// Its `Codable` form is the `profile show --json` form (kebab-case keys; see `ProfileJSON`); keys missing
/// from stored JSON take their default, so older files keep loading.
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

extension Profile: Codable {
    /// DESIGN.md's keys. `weekly-miles` is input only: JSON always carries kilometres.
    enum CodingKeys: String, CodingKey {
        case experience, goal
        case raceDistance = "race-distance", raceDate = "race-date"
        case weeklyKm = "weekly-km"
        case runDays = "run-days", longRunDay = "long-run-day", workoutDay = "workout-day"
        case strengthDays = "strength-days", sessionMinutes = "session-minutes"
        case equipment, dumbbellMaxKg = "dumbbell-max-kg", backpackKg = "backpack-kg"
        case injury, redFlags = "red-flags"
        case importedCards = "imported-cards"
        case clearedOn = "cleared"
        case hopTest = "hop-test"
        case age, sex
        case units
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Profile()
        experience = try c.decodeIfPresent(Experience.self, forKey: .experience) ?? d.experience
        goal = try c.decodeIfPresent(Goal.self, forKey: .goal) ?? d.goal
        raceDistance = try c.decodeIfPresent(RaceDistance.self, forKey: .raceDistance)
        raceDate = try c.decodeIfPresent(CalendarDate.self, forKey: .raceDate)
        weeklyKm = try c.decodeIfPresent(Double.self, forKey: .weeklyKm) ?? d.weeklyKm
        runDays = try c.decodeIfPresent(Set<Weekday>.self, forKey: .runDays) ?? d.runDays
        longRunDay = c.contains(.longRunDay) ? try c.decodeIfPresent(Weekday.self, forKey: .longRunDay) : d.longRunDay
        workoutDay = c.contains(.workoutDay) ? try c.decodeIfPresent(Weekday.self, forKey: .workoutDay) : d.workoutDay
        strengthDays = try c.decodeIfPresent(Int.self, forKey: .strengthDays) ?? d.strengthDays
        sessionMinutes = try c.decodeIfPresent(SessionLength.self, forKey: .sessionMinutes) ?? d.sessionMinutes
        equipment = try c.decodeIfPresent(Set<Equipment>.self, forKey: .equipment) ?? d.equipment
        dumbbellMaxKg = try c.decodeIfPresent(Double.self, forKey: .dumbbellMaxKg)
        backpackKg = try c.decodeIfPresent(Double.self, forKey: .backpackKg)
        injuries = try c.decodeIfPresent([InjuryStatus].self, forKey: .injury) ?? d.injuries
        redFlags = try c.decodeIfPresent(Set<RedFlag>.self, forKey: .redFlags) ?? d.redFlags
        importedCards = try c.decodeIfPresent(Bool.self, forKey: .importedCards) ?? d.importedCards
        clearedOn = try c.decodeIfPresent(CalendarDate.self, forKey: .clearedOn)
        if let text = try c.decodeIfPresent(String.self, forKey: .hopTest) {
            guard let date = ProfileKey.hopTestDate(text) else {
                throw DecodingError.dataCorruptedError(forKey: .hopTest, in: c, debugDescription: "hop-test \"\(text)\" is not passed:YYYY-MM-DD")
            }
            hopTestPassed = date
        }
        age = try c.decodeIfPresent(Int.self, forKey: .age)
        sex = try c.decodeIfPresent(Sex.self, forKey: .sex)
        units = try c.decodeIfPresent(LoadUnit.self, forKey: .units) ?? d.units
        if let age, !Profile.ageRange.contains(age) {
            throw DecodingError.dataCorruptedError(forKey: .age, in: c, debugDescription: "age \(age) is outside 10–100")
        }
        if !Profile.weeklyKmRange.contains(weeklyKm) {
            throw DecodingError.dataCorruptedError(forKey: .weeklyKm, in: c, debugDescription: "weekly-km \(weeklyKm) is outside 0–300")
        }
        if !Profile.strengthDaysRange.contains(strengthDays) {
            throw DecodingError.dataCorruptedError(forKey: .strengthDays, in: c, debugDescription: "strength-days \(strengthDays) is outside 1–4")
        }
    }

    /// Every key is written, absent values as null, lists in a fixed order, so the output is stable.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(experience, forKey: .experience)
        try c.encode(goal, forKey: .goal)
        try c.encode(raceDistance, forKey: .raceDistance)
        try c.encode(raceDate, forKey: .raceDate)
        try c.encode(weeklyKm, forKey: .weeklyKm)
        try c.encode(sortedRunDays, forKey: .runDays)
        try c.encode(longRunDay, forKey: .longRunDay)
        try c.encode(workoutDay, forKey: .workoutDay)
        try c.encode(strengthDays, forKey: .strengthDays)
        try c.encode(sessionMinutes, forKey: .sessionMinutes)
        try c.encode(Equipment.allCases.filter(equipment.contains), forKey: .equipment)
        try c.encode(dumbbellMaxKg, forKey: .dumbbellMaxKg)
        try c.encode(backpackKg, forKey: .backpackKg)
        try c.encode(injuries, forKey: .injury)
        try c.encode(RedFlag.allCases.filter(redFlags.contains), forKey: .redFlags)
        try c.encode(importedCards, forKey: .importedCards)
        try c.encode(clearedOn, forKey: .clearedOn)
        try c.encode(hopTestPassed.map { "passed:\($0)" }, forKey: .hopTest)
        try c.encode(age, forKey: .age)
        try c.encode(sex, forKey: .sex)
        try c.encode(units, forKey: .units)
    }
}
