/// Key runs that happened on another day than the profile plans them (the long run on Thursday instead of
/// Sunday): in their week the plan's days follow them, so the strength days keep their distance from the
/// key runs that really happened (DOMAIN.md §2 Scheduling: nothing heavy for the legs within 24 h before a
/// key run; before a half or a marathon, no heavy legs the day after the long run either).
public struct MovedKeyRuns: Hashable, Sendable {
    /// The key run on each day it happened away from its planned day.
    public var runs: [CalendarDate: PlanDay.Run]
    /// Planned key-run days whose run was already done earlier in the same week: an easy day now.
    public var done: Set<CalendarDate>

    public init(runs: [CalendarDate: PlanDay.Run] = [:], done: Set<CalendarDate> = []) {
        self.runs = runs; self.done = done
    }

    /// From the logged runs: a long run or a workout on a day of the week other than the profile's day for
    /// it. When the planned day is later in the same week, that day's key run counts as done.
    public static func from(runs: [RunRecord], profile: Profile) -> MovedKeyRuns {
        var moved = MovedKeyRuns()
        let weeks = Dictionary(grouping: runs, by: \.date.startOfWeek)
        for run in runs {
            let kind: PlanDay.Run
            let planned: Weekday?
            switch isLongByLength(run, week: weeks[run.date.startOfWeek] ?? []) ? .long : run.kind {
            case .long: (kind, planned) = (.long, profile.longRunDay)
            case .workout: (kind, planned) = (.workout, profile.workoutDay)
            default: continue
            }
            guard let planned, run.date.weekday != planned else { continue }
            moved.runs[run.date] = kind
            let plannedDate = run.date.startOfWeek.adding(days: planned.index)
            if plannedDate > run.date { moved.done.insert(plannedDate) }
        }
        return moved
    }

    /// A run of no stated kind (an imported activity: watches do not say "long run") that is plainly the
    /// week's long run: the longest of its week, at least `longRunFactor` times the mean of the week's
    /// other runs. Read so, a long run done on a watch on another day keeps strength away from it as one
    /// typed with `legwork run … long` does; a week of one run says nothing.
    static func isLongByLength(_ run: RunRecord, week: [RunRecord]) -> Bool {
        guard run.kind == .other else { return false }
        let others = week.filter { $0 != run }
        guard !others.isEmpty, others.allSatisfy({ $0.metres < run.metres }) else { return false }
        let mean = others.map(\.metres).reduce(0, +) / Double(others.count)
        return run.metres >= longRunFactor * mean
    }

    /// How much longer than the week's other runs an unlabelled run must be to count as its long run.
    static let longRunFactor = 1.5

    /// What the plan says about each key run moved in the week of `today`.
    func notices(profile: Profile, today: CalendarDate) -> [PlanNotice] {
        runs.filter { $0.key.startOfWeek == today.startOfWeek }.sorted { $0.key < $1.key }.compactMap { date, kind in
            guard let planned = kind == .long ? profile.longRunDay : profile.workoutDay else { return nil }
            let what = kind == .long ? "long run" : "workout"
            return PlanNotice(.runningLoad, "You ran your \(what) on \(date.spoken(today: today)), not on \(planned.title): this week's "
                + "strength days follow it, so nothing heavy for the legs falls in the 24 hours before a key run"
                + (profile.raceDistance?.isLong == true && kind == .long ? " or on the day after the long run." : "."))
        }
    }
}
