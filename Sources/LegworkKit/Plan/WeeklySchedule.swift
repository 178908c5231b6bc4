/// Rule: on which days of a week the sessions go (DOMAIN.md §2, Scheduling).
///
/// Strength goes on hard-run days, after the run (workout day first, then the long-run day, then other
/// run days, then rest days), never in the 24 h before a key run (long run, workout or race), for a half
/// or a marathon never the day after the long run, never in the last days before a race, and only
/// mobility after it. Sessions are spread so that two are not on consecutive days when avoidable.
struct WeeklySchedule {
    let profile: Profile
    /// No session before this day.
    let start: CalendarDate
    let race: CalendarDate?

    /// The run the profile puts on `date`; after a race, rest and then easy runs (`RaceDay`).
    func run(on date: CalendarDate) -> PlanDay.Run? {
        if date == race { return .race }
        let day = date.weekday
        var planned: PlanDay.Run?
        if profile.runDays.contains(day) {
            planned = day == profile.longRunDay ? .long : day == profile.workoutDay ? .workout : .easy
        }
        if let race, date > race { return RaceDay.runAfterRace(days: date.days(since: race), planned: planned, distance: profile.raceDistance) }
        if let race { return RaceDay.runBeforeRace(daysOut: race.days(since: date), planned: planned, distance: profile.raceDistance) }
        return planned
    }

    private var isLongRace: Bool { profile.raceDistance?.isLong ?? false }

    /// Why strength is not allowed on `date`, or nil when it is.
    func strengthBlock(on date: CalendarDate) -> String? {
        if let block = calendarBlock(on: date) { return block }
        let tomorrow = date.adding(days: 1).weekday
        if profile.keyRunDays.contains(tomorrow) { return "the day before a key run" }
        if isLongRace, let long = profile.longRunDay, date.adding(days: -1).weekday == long { return "the day after the long run" }
        return nil
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
        if day == profile.workoutDay { return 0 }
        // After the long run there are no jumps and no heavy lift: a PR chaser, whose sessions are about
        // them, trains on other days when the week allows.
        if day == profile.longRunDay { return isLongRace || profile.goal == .pr ? 3 : 1 }
        return profile.runDays.contains(day) ? 2 : 3
    }

    /// Up to `count` days for strength in the week starting `monday`, in date order.
    func strengthDays(count: Int, monday: CalendarDate) -> [CalendarDate] {
        let candidates = (0..<7).map { monday.adding(days: $0) }.filter { strengthBlock(on: $0) == nil }
        return Self.bestSpaced(candidates, count: count, priority: priority)
    }

    /// The `count` days of `candidates` (fewer when there are fewer) with the fewest back-to-back pairs
    /// (strength days ≥ 48 h apart where the week allows, DOMAIN.md §2), then the best priorities, then
    /// the earliest; in date order.
    private static func bestSpaced(_ candidates: [CalendarDate], count: Int, priority: (CalendarDate) -> Int) -> [CalendarDate] {
        let n = min(count, candidates.count)
        var best: (key: [Int], days: [CalendarDate])?
        func visit(_ start: Int, _ chosen: [CalendarDate]) {
            if chosen.count == n {
                let days = chosen.sorted()
                let adjacent = zip(days, days.dropFirst()).filter { $1.days(since: $0) < 2 }.count
                let key = [adjacent, days.map(priority).reduce(0, +)] + days.map { $0.days(since: days[0]) }
                if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (key, days) }
                return
            }
            guard start < candidates.count else { return }
            for i in start..<candidates.count { visit(i + 1, chosen + [candidates[i]]) }
        }
        visit(0, [])
        return best?.days ?? []
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
