/// Step rate (cadence): steps a minute, both feet, and the trial DOMAIN.md §2 (Gait) suggests for knee or
/// hip pain: 5–10% more steps at the same speed, from the runner's own rate (Heiderscheit 2011, Lenhart
/// 2014), never a fixed 180.
public enum StepRate {
    /// Watches and their files count one foot (a Garmin GPX "cad" of 86 is 172 steps a minute); a recorded
    /// value below this is per foot and doubled [conv: no runner takes fewer than 130 steps a minute].
    public static let perFootBelow = 130.0
    /// A believable step rate, both feet: values outside are dropped as sensor noise.
    public static let plausible: ClosedRange<Double> = 120...230
    /// The trial: this much more, from the runner's own rate.
    public static let trialRise: ClosedRange<Double> = 0.05...0.10
    /// The runs the runner's own rate is read from: the last 4 weeks.
    public static let recentDays = 28
    /// Injuries whose load at the knee or hip a higher step rate lowers.
    public static let eases: Set<Injury> = [.knee, .itbs]

    /// Steps a minute from a recorded average (per foot or both feet); nil when not believable.
    public static func stepsPerMinute(recorded value: Double) -> Double? {
        guard value.isFinite, value > 0 else { return nil }
        let steps = value < perFootBelow ? value * 2 : value
        return plausible.contains(steps) ? steps : nil
    }

    /// The runner's own rate: the mean of the runs of the last `recentDays` that carry one.
    public static func own(runs: [RunRecord], today: CalendarDate) -> Double? {
        let rates = runs.filter { $0.date <= today && $0.date > today.adding(days: -recentDays) }.compactMap(\.cadence)
        return rates.isEmpty ? nil : rates.reduce(0, +) / Double(rates.count)
    }

    /// The trial's range, steps a minute, for a runner with current knee or IT-band pain and a known
    /// step rate `own`; nil when no trial is suggested.
    static func trialRange(profile: Profile, own: Double?) -> (low: Int, high: Int)? {
        guard profile.injuries.contains(where: { $0.isCurrent && eases.contains($0.injury) }), let own else { return nil }
        return (Int((own * (1 + trialRise.lowerBound)).rounded()), Int((own * (1 + trialRise.upperBound)).rounded()))
    }

    /// The running cue while the trial is on: the session's cue for the next run says so.
    public static func cue(profile: Profile, own: Double?) -> String? {
        trialRange(profile: profile, own: own).map { "Quicker, shorter steps: about \($0.low)–\($0.high) a minute on easy runs, at the same pace." }
    }

    /// The plan's suggestion for a runner with current knee or IT-band pain and a known step rate `own`.
    public static func trial(profile: Profile, own: Double?) -> PlanNotice? {
        guard let (low, high) = trialRange(profile: profile, own: own), let own else { return nil }
        return PlanNotice(.runningLoad, "Your step rate on recent runs is about \(Int(own.rounded())) steps a minute. For your "
            + "knee or hip, try \(low)–\(high) at the same easy pace: shorter, quicker steps ease the load at the knee and hip. "
            + "Start with a few minutes of a run and build up over weeks.")
    }
}
