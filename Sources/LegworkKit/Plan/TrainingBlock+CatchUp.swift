/// Rule: the training block holding a date, found by arithmetic (the block and week of a date) rather
/// than by building every block in between, so a block stored under a clock that read 1970, or crafted
/// to start in year 1, costs a few steps like any other (issue: a block far in the past spun for minutes).
extension TrainingBlock {
    /// The most weeks a runner's blocks can count: a hundred years of training. A stored or restored block
    /// beyond it (a crafted backup, a damaged row) is clamped to it, so no count grows without end.
    public static let maxWeeks = 100 * 53

    /// This block with its counts inside what a runner can have done: block 1 or later (a block lasts a
    /// week at least, so at most `maxWeeks` of them), no negative weeks or steps, at most `maxWeeks` weeks,
    /// and no more steps than weeks.
    public var bounded: TrainingBlock {
        var block = self
        block.weeksBefore = min(max(0, weeksBefore), Self.maxWeeks)
        block.stepsBefore = min(max(0, stepsBefore), block.weeksBefore)
        block.number = min(max(1, number), Self.maxWeeks)
        return block
    }

    /// The block holding `today` for `profile`: this one, or — once it has run out — the blocks after it,
    /// each carrying on from the last (a runner back after months). The weeks come from the phase calendar
    /// alone, so no plan is generated to find them. A block starting after today (the clock was set back)
    /// is kept as it is: resetting it would lose what the runner built (`BlockClock` says what looks wrong).
    public func current(on today: CalendarDate, for profile: Profile) -> TrainingBlock {
        catchingUp(to: today, for: profile).block
    }

    /// `current(on:for:)` and the number of phase calendars it made to get there: a handful, however far
    /// back the block starts (a first block, a block before the race, the race's block, and a jump over
    /// the plain blocks on either side of it).
    func catchingUp(to today: CalendarDate, for profile: Profile) -> (block: TrainingBlock, calendars: Int) {
        var block = bounded
        guard block.start <= today else { return (block, 0) }
        var calendars = 0
        while true {
            let calendar = PhaseCalendar.make(profile: profile, start: block.start, continuing: block.continues)
            calendars += 1
            let last = calendar.firstMonday.adding(days: 7 * calendar.phases.count - 1)
            guard last < today else { return (block, calendars) }
            let skip = calendar.race == nil && block.continues
                ? Self.plainBlocksBefore(today, from: calendar, raceDate: profile.raceDate) : 0
            if skip > 0 {
                block = block.skipping(skip, plainBlocksOf: calendar.phases)
            } else {
                block = block.next(weeks: calendar.phases, race: calendar.race != nil, start: last.adding(days: 1),
                                   afterMarathon: profile.raceDistance == .marathon).bounded
            }
        }
    }

    /// How many whole blocks like `calendar`'s (a later block with no race in reach: always the same
    /// weeks) run out before the week of `today` and before `raceDate` comes within reach of a block.
    private static func plainBlocksBefore(_ today: CalendarDate, from calendar: PhaseCalendar, raceDate: CalendarDate?) -> Int {
        let length = calendar.phases.count
        var count = today.startOfWeek.days(since: calendar.firstMonday) / 7 / length
        if let raceDate, raceDate >= calendar.firstMonday {
            // The race comes within reach of the first block starting fewer than `maxWeeksToRace` weeks before it.
            let weeksAway = raceDate.startOfWeek.days(since: calendar.firstMonday) / 7
            count = min(count, (weeksAway - PlanConstants.maxWeeksToRace) / length + 1)
        }
        return max(0, count)
    }

    /// The block `count` plain blocks of `phases` after this one, as `next` would give them one by one.
    private func skipping(_ count: Int, plainBlocksOf phases: [PlanPhase]) -> TrainingBlock {
        var block = next(weeks: phases, race: false, start: start.startOfWeek.adding(days: 7 * phases.count * count), afterMarathon: false)
        block.number = number + count
        block.weeksBefore = weeksBefore + phases.count * count
        block.stepsBefore = stepsBefore + phases.filter(\.progresses).count * count
        return block.bounded
    }
}
