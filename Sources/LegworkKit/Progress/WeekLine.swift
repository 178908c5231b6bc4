/// One week of the history's weekly summary: strength sessions done against those the plan had, the
/// stretch routines, sets, minutes and, when any run is known, the kilometres run.
public struct WeekLine: Hashable, Sendable {
    /// The Monday of the week, in local days since 1970.
    public var monday: Int64
    public var strength: Int
    /// Strength sessions the plan had that week; nil when the plan does not cover it.
    public var planned: Int?
    public var stretches: Int
    public var sets: Int
    public var minutes: Int
    /// Kilometres run; nil when no run is known at all (the column is left out).
    public var km: Double?

    public init(monday: Int64, strength: Int, planned: Int?, stretches: Int, sets: Int, minutes: Int, km: Double?) {
        self.monday = monday; self.strength = strength; self.planned = planned; self.stretches = stretches
        self.sets = sets; self.minutes = minutes; self.km = km
    }

    public var isEmpty: Bool { strength == 0 && stretches == 0 && (km ?? 0) == 0 }

    /// "2 of 3", or "2" when the plan does not say.
    public var strengthText: String { planned.map { "\(strength) of \($0)" } ?? String(strength) }

    /// The week as a sentence, for `legwork history --plain`: "Week of 30 November: 2 of 3 strength
    /// sessions, 1 stretch, 24 sets, 65 minutes, 18 km run." (miles for a runner who reads them).
    public func sentence(distance: DistanceUnit = .km) -> String {
        let date = CalendarDate(dayNumber: Int(monday))
        var parts = [strengthText + " strength session" + ((planned ?? strength) == 1 ? "" : "s"),
                     "\(stretches) stretch" + (stretches == 1 ? "" : "es"), "\(sets) set" + (sets == 1 ? "" : "s"),
                     "\(minutes) minute" + (minutes == 1 ? "" : "s")]
        if let km { parts.append(Self.amountText(km * 1000 / distance.metres) + " \(distance.rawValue) run") }
        return "Week of \(date.day) \(CalendarDate.monthNames[date.month - 1]) \(date.year): " + parts.joined(separator: ", ") + "."
    }

    /// A distance (kilometres or miles) to one decimal below 10, whole above.
    public static func amountText(_ amount: Double) -> String {
        amount < 10 ? String((amount * 10).rounded() / 10).replacingOccurrences(of: ".0", with: "") : String(Int(amount.rounded()))
    }
}

extension HistorySummary {
    /// The weeks, newest first, from this week back to the first with anything done (at most `count`).
    /// - Parameters:
    ///   - planned: strength sessions the plan had, by the week's Monday.
    ///   - kmByWeek: kilometres run by the week's Monday; empty when no run is known.
    public func weekLines(count: Int, planned: [Int64: Int] = [:], kmByWeek: [Int64: Double] = [:]) -> [WeekLine] {
        var lines = weeks.reversed().prefix(max(0, count)).map { week in
            WeekLine(monday: week.monday, strength: week.strengthSessions, planned: planned[week.monday],
                     stretches: week.sessions - week.strengthSessions, sets: week.sets, minutes: week.minutes,
                     km: kmByWeek.isEmpty ? nil : kmByWeek[week.monday] ?? 0)
        }
        while let last = lines.last, last.isEmpty, last.planned == nil { lines.removeLast() }
        return lines
    }
}
