/// Rule: what the history screen says about the log: the activity of each day in a calendar window,
/// the streak and weekly volume. Weeks start on Monday.
///
/// The streak counts weeks in a row with at least one strength session: runners lift two or three
/// times a week, so a daily streak would punish the rest days the plan asks for. The current week
/// extends the streak when it already has a session and never breaks it while it is still going.
public struct HistorySummary: Hashable, Sendable {
    /// What happened on one local day.
    public struct Day: Hashable, Sendable {
        public var strength = false
        public var stretch = false
        public var sets = 0
        public var minutes = 0
        public init() {}
        public var isRest: Bool { !strength && !stretch }
    }

    /// Volume of one week.
    public struct Week: Hashable, Sendable {
        /// The Monday of the week, in local days since 1970.
        public var monday: Int64
        public var sessions = 0
        /// Of `sessions`, the strength sessions (the rest are stretch routines).
        public var strengthSessions = 0
        public var sets = 0
        public var minutes = 0
        public init(monday: Int64) { self.monday = monday }
    }

    /// The local day the summary was made for.
    public var today: Int64
    /// Activity by local day (days without a counted session are absent).
    public var days: [Int64: Day]
    /// The last `weekCount` weeks, oldest first; the last one is the current week.
    public var weeks: [Week]
    /// Weeks in a row with a strength session, up to the current one.
    public var streakWeeks: Int

    /// - Parameters:
    ///   - today: the local day now (`WallTime.localDaysSince1970`).
    ///   - weekCount: how many weeks, ending with the current one, to keep days and volume for.
    public init(sessions: [SessionDigest], today: Int64, weekCount: Int) {
        self.today = today
        let thisMonday = Self.monday(of: today)
        let firstMonday = thisMonday - Int64(max(1, weekCount) - 1) * 7
        var days: [Int64: Day] = [:]
        var weeks = (0..<max(1, weekCount)).map { Week(monday: firstMonday + Int64($0) * 7) }
        var strengthWeeks = Set<Int64>()
        for session in sessions where session.counts && session.day <= today {
            let monday = Self.monday(of: session.day)
            if session.kind == .strength { strengthWeeks.insert(monday) }
            guard session.day >= firstMonday else { continue }
            var day = days[session.day] ?? Day()
            if session.kind == .strength { day.strength = true } else { day.stretch = true }
            day.sets += session.sets
            day.minutes += session.minutes
            days[session.day] = day
            let index = Int((monday - firstMonday) / 7)
            weeks[index].sessions += 1
            if session.kind == .strength { weeks[index].strengthSessions += 1 }
            weeks[index].sets += session.sets
            weeks[index].minutes += session.minutes
        }
        var streak = 0
        var monday = strengthWeeks.contains(thisMonday) ? thisMonday : thisMonday - 7
        while strengthWeeks.contains(monday) {
            streak += 1
            monday -= 7
        }
        self.days = days
        self.weeks = weeks
        self.streakWeeks = streak
    }

    /// The Monday on or before `day` (1970-01-01 was a Thursday).
    public static func monday(of day: Int64) -> Int64 {
        let weekday = ((day + 3) % 7 + 7) % 7   // 0 = Monday
        return day - weekday
    }

    /// The current week.
    public var thisWeek: Week { weeks[weeks.count - 1] }
}
