/// Rule: on which days of a week the sessions go (DOMAIN.md §2, Scheduling).
///
/// Strength goes on hard-run days, after the run (workout day first, then the long-run day, then other
/// run days, then rest days), never in the 24 h before a key run (long run, workout or race), for a half
/// or a marathon never the day after the long run, never in the last days before a race, and only
/// mobility after it. Two strength sessions are never on consecutive days, across weeks too: a week that
/// cannot space them all gets fewer.
struct WeeklySchedule {
    let profile: Profile
    /// No session before this day.
    let start: CalendarDate
    let race: CalendarDate?
    /// Key runs done on other days than planned: their weeks follow them.
    var moved = MovedKeyRuns()

    /// The run the profile puts on `date`, or the key run done there instead; after a race, rest and then
    /// easy runs (`RaceDay`).
    func run(on date: CalendarDate) -> PlanDay.Run? {
        if date == race { return .race }
        if let kind = moved.runs[date] { return kind }
        let day = date.weekday
        var planned: PlanDay.Run?
        if profile.runDays.contains(day) {
            planned = moved.done.contains(date) ? .easy : day == profile.longRunDay ? .long : day == profile.workoutDay ? .workout : .easy
        }
        if let race, date > race { return RaceDay.runAfterRace(days: date.days(since: race), planned: planned, distance: profile.raceDistance) }
        if let race { return RaceDay.runBeforeRace(daysOut: race.days(since: date), planned: planned, distance: profile.raceDistance) }
        return planned
    }

    private var isLongRace: Bool { profile.raceDistance?.isLong ?? false }

    /// Why strength is not allowed on `date`, or nil when it is.
    func strengthBlock(on date: CalendarDate) -> String? {
        if let block = calendarBlock(on: date) { return block }
        if isKeyRun(date.adding(days: 1)) { return "the day before a key run" }
        if isLongRace, isLongRun(date.adding(days: -1)) { return "the day after the long run" }
        return nil
    }

    /// A long run or a workout still to come on `date`: the profile's day for it, unless it was done
    /// earlier that week. A key run done on another day is in the past: the day before it has gone, and
    /// the plan never moves a session that already was.
    private func isKeyRun(_ date: CalendarDate) -> Bool {
        moved.runs[date] == nil && !moved.done.contains(date) && profile.keyRunDays.contains(date.weekday)
    }

    private func isLongRun(_ date: CalendarDate) -> Bool {
        if let kind = moved.runs[date] { return kind == .long }
        return !moved.done.contains(date) && date.weekday == profile.longRunDay
    }

    /// Why no training at all on `date` (before the start, the days around a race), or nil.
    func calendarBlock(on date: CalendarDate) -> String? {
        if date < start { return "before the plan starts" }
        if let race {
            let daysOut = race.days(since: date)
            if daysOut >= 0 && daysOut < RaceDay.lastSessionDaysOut(profile.raceDistance) { return "too close to the race" }
            if daysOut < 0 && -daysOut <= RaceDay.mobilityDays(profile.raceDistance) { return "after the race: mobility only" }
        }
        return nil
    }

    /// Lower is better: hard-run days first (DOMAIN.md: hard days hard, easy days easy).
    private func priority(_ date: CalendarDate) -> Int {
        let day = date.weekday
        if let kind = moved.runs[date] { return kind == .workout ? 0 : isLongRace || profile.goal == .pr ? 3 : 1 }
        if moved.done.contains(date) { return profile.runDays.contains(day) ? 2 : 3 }
        if day == profile.workoutDay { return 0 }
        // After the long run there are no jumps and no heavy lift: a PR chaser, whose sessions are about
        // them, trains on other days when the week allows.
        if day == profile.longRunDay { return isLongRace || profile.goal == .pr ? 3 : 1 }
        return profile.runDays.contains(day) ? 2 : 3
    }

    /// Up to `count` days for strength in the week starting `monday`, in date order, none within 48 h of
    /// another nor of `previous` (the last strength day before this week): a week whose free days cannot
    /// space `count` sessions gets fewer (DOMAIN §6, Spacing: 48 h between strength sessions from the
    /// first week of a block, a week that starts mid-week included).
    func strengthDays(count: Int, monday: CalendarDate, after previous: CalendarDate? = nil) -> [CalendarDate] {
        let candidates = (0..<7).map { monday.adding(days: $0) }.filter { day in
            strengthBlock(on: day) == nil && (previous.map { day.days(since: $0) >= PlanConstants.strengthSpacingDays } ?? true)
        }
        for n in stride(from: min(count, candidates.count), to: 0, by: -1) {
            if let days = Self.bestSpaced(candidates, count: n, priority: priority) { return days }
        }
        return []
    }

    /// The `count` days of `candidates` at least `PlanConstants.strengthSpacingDays` apart with the best
    /// priorities, then the earliest; in date order. Nil when no `count` of them are that far apart.
    private static func bestSpaced(_ candidates: [CalendarDate], count n: Int, priority: (CalendarDate) -> Int) -> [CalendarDate]? {
        var best: (key: [Int], days: [CalendarDate])?
        func visit(_ start: Int, _ chosen: [CalendarDate]) {
            if chosen.count == n {
                let key = [chosen.map(priority).reduce(0, +)] + chosen.map { $0.days(since: chosen[0]) }
                if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (key, chosen) }
                return
            }
            guard start < candidates.count else { return }
            for i in start..<candidates.count where chosen.last.map({ candidates[i].days(since: $0) >= PlanConstants.strengthSpacingDays }) ?? true {
                visit(i + 1, chosen + [candidates[i]])
            }
        }
        visit(0, [])
        return best?.days
    }

    /// The mobility days after the race that fall in the week starting `monday`: from the day after the
    /// race, spread over its mobility window (`RaceDay`), whichever week they fall in.
    func mobilityDays(monday: CalendarDate) -> [CalendarDate] {
        guard let race else { return [] }
        let window = RaceDay.mobilityDays(profile.raceDistance), count = RaceDay.mobilitySessions(profile.raceDistance)
        let step = max(1, window / count)
        let all = (0..<count).map { race.adding(days: 1 + $0 * step) }.filter { $0 >= start }
        return all.filter { $0 >= monday && $0 < monday.adding(days: 7) }
    }

    /// Takes days in `candidates` order, skipping a day next to one already taken while another is left.
    private static func spread(_ candidates: [CalendarDate], count: Int) -> [CalendarDate] {
        var chosen: [CalendarDate] = []
        while chosen.count < count {
            let free = candidates.filter { !chosen.contains($0) }
            guard let next = free.first(where: { d in chosen.allSatisfy { abs(d.days(since: $0)) > 1 } }) ?? free.first else { break }
            chosen.append(next)
        }
        return chosen.sorted()
    }
}
