/// How a simulated runner lives with the app: what they log, and what happens to them.
public enum LogPolicy: String, CaseIterable, Sendable {
    /// Every set done at the top of its range, a little in reserve: the log earns every rise.
    case easy
    /// Sets fall short and run close to failure: the log holds.
    case failing
    /// Whole weeks skipped now and then.
    case skippedWeeks = "skipped-weeks"
    /// Pain above 5/10 at some check-ins and sets, then it settles.
    case painSpikes = "pain-spikes"
    /// Worse the morning after, now and then.
    case worseMornings = "worse-mornings"
    /// The profile changes mid-block: minutes, strength days, equipment.
    case profileEdits = "profile-edits"
    /// A warning sign appears, and a clinician clears it two weeks later.
    case clinicianClears = "clinician-clears"
    /// Every loaded set logged with its weight in kilograms, at the top of its range: the log earns
    /// heavier weights. In week 8 the heaviest dumbbell (or the backpack) becomes half as heavy, so a
    /// weight the log reached may be past what the runner now owns.
    case weighted
}
