/// Running distance per calendar week (Monday to Sunday), from the runs that happened.
public struct WeeklyDistance: Hashable, Sendable {
    /// Metres run in each week, keyed by the week's Monday; weeks without a run are absent.
    public let metresByWeek: [CalendarDate: Double]

    public init(runs: [RunRecord]) {
        var weeks: [CalendarDate: Double] = [:]
        for run in runs { weeks[run.date.startOfWeek, default: 0] += run.metres }
        metresByWeek = weeks
    }

    /// Kilometres run in each week, keyed by the Monday in local days since 1970 (the history's weeks).
    public var kmByMonday: [Int64: Double] {
        Dictionary(metresByWeek.map { (Int64($0.key.dayNumber), $0.value / 1000) }, uniquingKeysWith: +)
    }

    /// Metres run in the week holding `date` (0 when none).
    public func metres(weekOf date: CalendarDate) -> Double { metresByWeek[date.startOfWeek] ?? 0 }

    /// The `count` weeks ending with the week holding `date`, oldest first, with their metres (0 for a
    /// week without a run): for a trend.
    public func weeks(endingWith date: CalendarDate, count: Int) -> [(monday: CalendarDate, metres: Double)] {
        let last = date.startOfWeek
        return (0..<max(0, count)).reversed().map { back in
            let monday = last.adding(days: -7 * back)
            return (monday, metresByWeek[monday] ?? 0)
        }
    }
}
