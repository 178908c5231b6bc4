/// A Monday-to-Sunday week of the plan.
public struct PlanWeek: Codable, Hashable, Sendable {
    /// 1 for the week holding the start date.
    public var number: Int
    public var phase: PlanPhase
    /// Seven days, Monday first.
    public var days: [PlanDay]

    public init(number: Int, phase: PlanPhase, days: [PlanDay]) {
        self.number = number; self.phase = phase; self.days = days
    }

    public var sessions: [PlanSession] { days.compactMap(\.session) }

    /// The week holding `date`, if it is in this plan week.
    public func contains(_ date: CalendarDate) -> Bool {
        guard let first = days.first?.date else { return false }
        return (0..<7).contains(date.days(since: first))
    }
}
