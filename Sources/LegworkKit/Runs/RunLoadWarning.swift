/// One of the two load rules (DOMAIN.md §2, Goals) broken on a real week or a real run, with the numbers.
public struct RunLoadWarning: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// The week starting `monday` ran `metres`, more than the allowed rise on `before` two weeks earlier.
        case weeklyRise(monday: CalendarDate, metres: Double, before: Double)
        /// The run on `date` was `metres`, more than the allowed margin over `longest`, the longest run of
        /// the days before it.
        case longerRun(date: CalendarDate, metres: Double, longest: Double)
    }

    public var rule: Rule

    public init(_ rule: Rule) { self.rule = rule }

    /// The rise as a fraction (0.38 for 38%).
    public var rise: Double {
        switch rule {
        case let .weeklyRise(_, metres, before): return (metres - before) / before
        case let .longerRun(_, metres, longest): return (metres - longest) / longest
        }
    }

    /// "this week 46 km, up 38% on two weeks ago (33 km): …" — the week or the run named from `today`,
    /// distances in `unit`.
    public func message(today: CalendarDate, unit: DistanceUnit = .km) -> String {
        let percent = Int((rise * 100).rounded())
        switch rule {
        case let .weeklyRise(monday, metres, before):
            let week = monday == today.startOfWeek ? "this week" : monday == today.startOfWeek.adding(days: -7)
                ? "last week" : "the week of \(monday.spoken(today: today))"
            return "\(week) \(unit.words(metres: metres)), up \(percent)% on two weeks before (\(unit.words(metres: before))): "
                + "more than \(Int(RunLoadRules.weeklyRiseLimit * 100))% in two weeks raises the risk of injury; hold the distance for a week or two."
        case let .longerRun(date, metres, longest):
            let day = date == today ? "today's" : date.spoken(today: today) + "'s"
            return "\(day) \(unit.words(metres: metres)) run was \(percent)% longer than your longest of the "
                + "\(RunLoadRules.longestRunWindowDays) days before (\(unit.words(metres: longest))): more than "
                + "\(Int(RunLoadRules.longestRunMargin * 100))% at once raises the risk of injury; build the longest run in smaller steps."
        }
    }
}
