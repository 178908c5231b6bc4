/// A runner's personal strength plan: weeks of sessions, each exercise with its reason.
///
/// Made by `PlanGenerator` from a profile, a start date and the catalog; the same inputs always give the
/// same plan.
public struct Plan: Codable, Hashable, Sendable {
    /// The first day sessions may fall on.
    public var start: CalendarDate
    /// The race the plan tapers for, when there is one within reach.
    public var raceDate: CalendarDate?
    public var weeks: [PlanWeek]
    /// What the plan could not do as asked (equipment, capped sessions, race timing).
    public var warnings: [PlanNotice]
    /// Safety notices to read before training (red flags, pain rules).
    public var notices: [PlanNotice]
    /// Which training block this plan is (1 for the first); week numbers count on across blocks.
    public var block: Int = 1
    /// The unit the runner reads loads in (and, through it, run distances): every view of the plan writes
    /// its weights and distances in it. Not part of the plan's JSON, which keeps kilograms and metres.
    public var units: LoadUnit = .kg
    enum CodingKeys: String, CodingKey { case start, raceDate, weeks, warnings, notices, block }

    public init(start: CalendarDate, raceDate: CalendarDate?, weeks: [PlanWeek], warnings: [PlanNotice], notices: [PlanNotice]) {
        self.start = start; self.raceDate = raceDate; self.weeks = weeks; self.warnings = warnings; self.notices = notices
    }

    /// What the plan says about the runs that happened (`PlanNotice.Kind.runningLoad`): shown under its
    /// own heading, not as something the plan could not do.
    public var runningNotes: [PlanNotice] { warnings.filter { $0.kind == .runningLoad } }
    /// The warnings about what the plan could not do as asked (every warning but the running notes).
    public var shortfalls: [PlanNotice] { warnings.filter { $0.kind != .runningLoad } }

    /// The week holding `date`, if the plan covers it.
    public func week(containing date: CalendarDate) -> PlanWeek? { weeks.first { $0.contains(date) } }

    /// The session planned for `date`, if any ("today's session").
    public func session(on date: CalendarDate) -> PlanSession? {
        week(containing: date)?.days.first { $0.date == date }?.session
    }

    /// Every day with a session, in order.
    public var sessionDays: [PlanDay] { weeks.flatMap(\.days).filter { $0.session != nil } }
}
