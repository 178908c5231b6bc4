/// The two running-load rules of DOMAIN.md §2 (Goals), checked on the weeks and runs that happened.
public enum RunLoadRules {
    /// Weekly distance up more than this fraction on the week two before (Nielsen 2014 [12]).
    public static let weeklyRiseLimit = 0.30
    /// How many weeks back the rise is measured against.
    public static let riseSpanWeeks = 2
    /// One run more than this fraction longer than the longest of the window before it (BJSM 2025 [13]).
    public static let longestRunMargin = 0.10
    /// The days before a run its length is compared with.
    public static let longestRunWindowDays = 30
    /// How far back `recentWarnings` looks: the current week and the one before it.
    public static let recentDays = 14

    /// The week holding `date` against the week `riseSpanWeeks` before it; nil when the rise is within the
    /// limit or the earlier week has no run to compare with.
    public static func weeklyRise(_ weekly: WeeklyDistance, weekOf date: CalendarDate) -> RunLoadWarning? {
        let monday = date.startOfWeek
        let now = weekly.metres(weekOf: monday)
        let before = weekly.metres(weekOf: monday.adding(days: -7 * riseSpanWeeks))
        guard before > 0, (now - before) / before > weeklyRiseLimit else { return nil }
        return RunLoadWarning(.weeklyRise(monday: monday, metres: now, before: before))
    }

    /// `run` against the longest run of the `longestRunWindowDays` days before its day; nil when within
    /// the margin or when no run came before it in that window.
    public static func longerRun(_ run: RunRecord, among runs: [RunRecord]) -> RunLoadWarning? {
        let from = run.date.adding(days: -longestRunWindowDays)
        let longest = runs.filter { $0.date >= from && $0.date < run.date }.map(\.metres).max() ?? 0
        guard longest > 0, (run.metres - longest) / longest > longestRunMargin else { return nil }
        return RunLoadWarning(.longerRun(date: run.date, metres: run.metres, longest: longest))
    }

    /// The warnings of the last `recentDays` up to `today`: the weeks holding them (this week, last week)
    /// and each run in them, newest first, at most one per run and per week.
    public static func recentWarnings(runs: [RunRecord], today: CalendarDate) -> [RunLoadWarning] {
        let from = today.adding(days: -(recentDays - 1))
        let weekly = WeeklyDistance(runs: runs)
        var warnings: [RunLoadWarning] = []
        var monday = today.startOfWeek
        while monday.adding(days: 6) >= from {
            if let rise = weeklyRise(weekly, weekOf: monday) { warnings.append(rise) }
            monday = monday.adding(days: -7)
        }
        let recent = runs.filter { $0.date >= from && $0.date <= today }.sorted { ($0.date, $0.metres) > ($1.date, $1.metres) }
        var seen = Set<CalendarDate>()
        for run in recent where seen.insert(run.date).inserted {
            if let longer = longerRun(run, among: runs) { warnings.append(longer) }
        }
        return warnings
    }
}
