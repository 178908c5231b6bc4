/// Rule: the days around a race, by distance (DOMAIN.md §2, the race table). Each number is named here
/// so the table can be read off this file.
///
/// | race | last session (light) | after the race |
/// |---|---|---|
/// | 5K / 10K | primer 2–3 days out | mobility day 1, light strength from day 2–4 |
/// | half | 5–7 days out | mobility days 1–3, light strength from day 4–5 |
/// | marathon | 5–7 days out | mobility days 1–7, runs easy or off, then a return week |
///
/// A race whose distance is not given follows the half marathon's rules: the cautious middle.
public enum RaceDay {
    /// The race-week session is at least this many days before the race.
    public static func lastSessionDaysOut(_ distance: RaceDistance?) -> Int {
        switch distance {
        case .half, .marathon, nil: 5
        case .fiveK, .tenK: 2
        }
    }

    /// Days after the race (1 = the day after) that are for mobility only.
    public static func mobilityDays(_ distance: RaceDistance?) -> Int {
        switch distance {
        case .marathon: 7
        case .half, nil: 3
        case .fiveK, .tenK: 1
        }
    }

    /// What the days after the race hold, in words, for the mobility session.
    public static func afterRaceWords(_ distance: RaceDistance?) -> String {
        let days = mobilityDays(distance)
        switch distance {
        case .marathon: return "The week after the race: mobility only, no strength work."
        default:
            return days == 1 ? "The day after the race: mobility only; light strength can follow from the next days."
                : "The first \(days) days after the race: mobility only; then light strength."
        }
    }

    /// Mobility sessions in those days, spread out from the day after the race.
    public static func mobilitySessions(_ distance: RaceDistance?) -> Int {
        switch distance {
        case .marathon: 3
        case .half, nil: 2
        case .fiveK, .tenK: 1
        }
    }

    /// Days after the race with no run at all, then days of easy running only (no workout, no long run).
    public static func restDays(_ distance: RaceDistance?) -> (off: Int, easy: Int) {
        switch distance {
        case .marathon: (2, 5)
        case .half, nil: (1, 2)
        case .fiveK, .tenK: (0, 1)
        }
    }

    /// The run on `date`, `days` after the race, from what the profile plans that weekday: none while
    /// resting, easy while recovering, as planned after.
    /// Rule: the run column before a race (DOMAIN §6, Race week): the day before is rest or an easy
    /// shake-out (never a workout), and a half or a marathon has no long run in its last
    /// `noLongRunDaysBeforeLongRace` days: that day's run is easy.
    static func runBeforeRace(daysOut: Int, planned: PlanDay.Run?, distance: RaceDistance?) -> PlanDay.Run? {
        guard let planned, daysOut > 0 else { return planned }
        if daysOut == 1 { return .easy }
        if planned == .long, distance?.isLong == true, daysOut <= noLongRunDaysBeforeLongRace { return .easy }
        return planned
    }

    /// No long run within this many days before a half or a marathon [conv].
    static let noLongRunDaysBeforeLongRace = 6

    static func runAfterRace(days: Int, planned: PlanDay.Run?, distance: RaceDistance?) -> PlanDay.Run? {
        let rest = restDays(distance)
        if days <= rest.off { return nil }
        if days <= rest.off + rest.easy { return planned == nil ? nil : .easy }
        return planned
    }
}
