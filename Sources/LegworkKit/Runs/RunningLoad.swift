/// The weekly distance the plan works from and whether it is steady (DOMAIN.md §2 Frequency, §6 Mileage):
/// the runs logged when there are any recent ones, the profile's figure otherwise.
public struct RunningLoad: Hashable, Sendable {
    public enum Basis: String, Hashable, Sendable {
        /// From the runs of the last weeks.
        case logged
        /// The profile's weekly figure (no recent run known).
        case profile
    }

    public var weeklyKm: Double
    public var basis: Basis
    /// A weekly rise above the limit this week or last week, when there is one.
    public var steepRise: RunLoadWarning?
    /// The load rules the recent weeks and runs broke (`RunLoadRules.recentWarnings`).
    public var warnings: [RunLoadWarning]
    /// Long runs and workouts done on other days than planned: the strength days of their weeks follow them.
    public var moved: MovedKeyRuns
    /// The runner's own step rate on recent runs, when the files carried it (`StepRate.own`).
    public var stepRate: Double?

    /// Steady mileage: no steep rise (a third strength session needs it, DOMAIN.md §2 Frequency).
    public var isSteady: Bool { steepRise == nil }

    /// Runs within this many days make the logged figure count instead of the profile's.
    public static let recentDays = 28

    public init(weeklyKm: Double, basis: Basis, steepRise: RunLoadWarning? = nil, warnings: [RunLoadWarning] = [],
                moved: MovedKeyRuns = MovedKeyRuns(), stepRate: Double? = nil) {
        self.weeklyKm = weeklyKm; self.basis = basis; self.steepRise = steepRise; self.warnings = warnings; self.moved = moved
        self.stepRate = stepRate
    }

    /// The profile's figure, taken as steady.
    public static func profile(_ profile: Profile) -> RunningLoad {
        RunningLoad(weeklyKm: profile.weeklyKm, basis: .profile)
    }

    /// From the runs up to `today`: the larger of last week's distance and this week's so far (the
    /// careful figure, so a big week counts at once), and a steep rise in either week. The profile's
    /// figure when no run falls within `recentDays`.
    public static func current(runs: [RunRecord], profile: Profile, today: CalendarDate) -> RunningLoad {
        let past = runs.filter { $0.date <= today }
        guard past.contains(where: { $0.date > today.adding(days: -recentDays) }) else { return Self.profile(profile) }
        let weekly = WeeklyDistance(runs: past)
        let lastWeek = today.startOfWeek.adding(days: -7)
        let metres = max(weekly.metres(weekOf: today), weekly.metres(weekOf: lastWeek))
        let rise = RunLoadRules.weeklyRise(weekly, weekOf: today) ?? RunLoadRules.weeklyRise(weekly, weekOf: lastWeek)
        return RunningLoad(weeklyKm: (metres / 100).rounded() / 10, basis: .logged, steepRise: rise,
                           warnings: RunLoadRules.recentWarnings(runs: past, today: today), moved: MovedKeyRuns.from(runs: past, profile: profile),
                           stepRate: StepRate.own(runs: past, today: today))
    }

    /// What the plan says about the running: the weekly figure it follows when it comes from the runs
    /// (and differs from the profile's), and each load rule broken, with the numbers.
    public func notices(profile: Profile, today: CalendarDate) -> [PlanNotice] {
        var notices: [PlanNotice] = []
        let unit = profile.units.distance
        if basis == .logged, (weeklyKm - profile.weeklyKm).magnitude >= 1 {
            notices.append(PlanNotice(.runningLoad, "Your runs of the last weeks come to \(unit.words(metres: weeklyKm * 1000)) a week "
                + "(your profile says \(unit.words(metres: profile.weeklyKm * 1000))): the number of strength sessions and jumps follows the runs."))
        }
        notices += warnings.map { warning in
            let message = warning.message(today: today, unit: unit)
            return PlanNotice(.runningLoad, message.prefix(1).uppercased() + message.dropFirst())
        }
        return notices + moved.notices(profile: profile, today: today) + [StepRate.trial(profile: profile, own: stepRate)].compactMap { $0 }
    }
}
