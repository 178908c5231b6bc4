/// One day of a plan week: the run the runner planned (from the profile) and the session, if any.
public struct PlanDay: Codable, Hashable, Sendable {
    public enum Run: String, Codable, Sendable { case easy, workout, long, race }

    public var weekday: Weekday
    public var date: CalendarDate
    /// The run on this day, as the profile describes the week; nil on a rest day.
    public var run: Run?
    public var session: PlanSession?

    public init(weekday: Weekday, date: CalendarDate, run: Run?, session: PlanSession?) {
        self.weekday = weekday; self.date = date; self.run = run; self.session = session
    }
}
