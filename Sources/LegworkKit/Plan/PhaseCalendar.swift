/// Rule: the phase of every plan week (DOMAIN.md §2, Frequency, Deload and Races).
///
/// Without a race: base weeks, then build weeks, every 4th week a deload. With a race in reach: the same
/// up to the peak weeks (1 before a 5K/10K, 2 before a half or a marathon), the race week as taper, and
/// one recovery week after it. Weeks run Monday to Sunday; week 1 holds the start date.
struct PhaseCalendar: Equatable {
    /// The Monday of week 1.
    let firstMonday: CalendarDate
    let phases: [PlanPhase]
    /// The race the plan works towards, if one is in reach.
    let race: CalendarDate?
    let warnings: [PlanNotice]

    /// - Parameter continuing: a later training block: no base weeks, its strength is built already.
    static func make(profile: Profile, start: CalendarDate, weeks requested: Int? = nil, continuing: Bool = false) -> PhaseCalendar {
        let firstMonday = start.startOfWeek
        var warnings: [PlanNotice] = []
        var race: CalendarDate?
        if let date = profile.raceDate {
            if date < start {
                warnings.append(PlanNotice(.race, "Your race date \(date) has passed, so this plan has no taper; "
                    + "set race-date to your next race when you have one."))
            } else {
                let weeksAway = date.startOfWeek.days(since: firstMonday) / 7
                if weeksAway >= PlanConstants.maxWeeksToRace {
                    warnings.append(PlanNotice(.race, "Your race is \(weeksAway) weeks away: this plan builds strength for now; "
                        + "the taper appears once the race is less than \(PlanConstants.maxWeeksToRace) weeks away."))
                } else {
                    race = date
                }
            }
        } else if profile.goal == .race {
            warnings.append(PlanNotice(.race, "No race date yet: add race-date=YYYY-MM-DD to get a taper before the race."))
        }

        var phases: [PlanPhase]
        let preparation: Int
        if let race {
            let raceWeek = race.startOfWeek.days(since: firstMonday) / 7
            let peakWeeks = (profile.raceDistance?.isLong ?? false) ? 2 : 1
            preparation = max(0, raceWeek - peakWeeks)
            phases = Array(repeating: .peak, count: raceWeek) + [.taper, .recovery]
        } else {
            preparation = max(1, requested ?? PlanConstants.defaultWeeks)
            phases = Array(repeating: .build, count: preparation)
        }
        // The first half of the preparation (at most 6 weeks) is base, the rest build.
        let baseWeeks = continuing ? 0 : min(6, (preparation + 1) / 2)
        for i in 0..<preparation {
            phases[i] = (i + 1) % PlanConstants.deloadEvery == 0 ? .deload : (i < baseWeeks ? .base : .build)
        }
        return PhaseCalendar(firstMonday: firstMonday, phases: phases, race: race, warnings: warnings)
    }

    /// The number of progressing (base or build) weeks before week `index` (0-based): how far the doses
    /// have moved on. Light weeks repeat the last step done instead of taking a new one.
    /// - Parameter counting: which weeks count (jumps only progress in weeks that had jumps).
    func progressionStep(week index: Int, counting: (Int) -> Bool = { _ in true }) -> Int {
        let done = (0..<index).filter { phases[$0].progresses && counting($0) }.count
        return phases[index].progresses ? done : max(0, done - 1)
    }
}
