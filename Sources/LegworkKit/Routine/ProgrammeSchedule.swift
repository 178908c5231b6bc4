/// A routine scheduled into the plan: "every Tuesday and Friday for 6 weeks", in place of the plan's own
/// strength sessions in those weeks or beside them. Kept as a document with a copy of the routine, so the
/// plan stays a pure function of what is stored even when the routine is edited or removed later.
public struct ProgrammeSchedule: Codable, Hashable, Sendable {
    public enum Placement: String, Codable, CaseIterable, Sendable {
        /// The programme is the strength work of its weeks: the plan's own sessions those weeks give way.
        case instead
        /// The plan's sessions stay; on a day holding both, the programme follows the plan's exercises.
        case beside
    }

    /// The stored routine's name.
    public var name: String
    public var routine: Routine
    public var days: [Weekday]
    /// The first day it may fall on.
    public var first: CalendarDate
    public var weeks: Int
    public var placement: Placement

    public static let weekLimits = 1...26

    public init(name: String, routine: Routine, days: [Weekday], first: CalendarDate, weeks: Int, placement: Placement) {
        self.name = name; self.routine = routine; self.days = days.sorted(); self.first = first; self.weeks = weeks; self.placement = placement
    }

    /// The last day it may fall on.
    public var last: CalendarDate { first.adding(days: weeks * 7 - 1) }

    /// Whether a session of the programme falls on `date`.
    public func falls(on date: CalendarDate) -> Bool { date >= first && date <= last && days.contains(date.weekday) }

    /// Which week of the programme holds `date` (1-based).
    public func week(of date: CalendarDate) -> Int { date.days(since: first) / 7 + 1 }

    /// Whose programme it is, in the plan's words: "Your physical therapist's programme" when someone else
    /// wrote it, "Your programme" when nobody is named.
    public var owner: String { routine.author == nil ? "Your programme" : "Your therapist's programme" }

    /// "every Tuesday and Friday for 6 weeks from 2026-12-08".
    public var when: String {
        let names = days.map(\.title)
        let list = names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
        return "every \(list) for \(weeks) week\(weeks == 1 ? "" : "s") from \(first)"
    }
}
