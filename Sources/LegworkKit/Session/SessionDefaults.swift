/// Every tunable number of the session engine, in one place.
///
/// Numbers marked [conv] in DOMAIN.md are engineering defaults with no source behind them; they live
/// here so they can be tuned without hunting through the engine.
public enum SessionDefaults {
    // MARK: Step lengths per kind of session [conv]

    /// Seconds to get into position before the first exercise of a strength session.
    public static let strengthGetReadySeconds = 10
    /// Seconds to get into position before the first stretch (DOMAIN §4: the routine starts at 0:05).
    public static let stretchGetReadySeconds = 5
    /// Seconds between the left and the right side of a strength set.
    public static let strengthSwitchSidesSeconds = 10
    /// Seconds between the sides of a stretch (DOMAIN §4: "5 s switch").
    public static let stretchSwitchSidesSeconds = 5
    /// Seconds to move to the next exercise of a strength session (set up equipment, read the card).
    public static let strengthTransitionSeconds = 20
    /// Seconds to move to the next stretch (DOMAIN §4: "10 s move").
    public static let stretchTransitionSeconds = 10

    // MARK: Warm-up and cool-down (DOMAIN §2, Session structure) [conv]
    /// A minute of marching or easy jogging on the spot opens every strength session.
    public static let warmUpMarchSeconds = 60
    /// Leg swings each way (forward and back, then across the body) on each leg, counted.
    public static let warmUpLegSwingsEachWay = 5
    /// The cool-down's easy walk, then two stretches held this long on each side: about 3 minutes in all.
    public static let coolDownWalkSeconds = 40
    public static let coolDownStretchSeconds = 25
    /// The cool-down's stretches in order of preference; the first two today's safety allows are held
    /// (calves and hip flexors after standing work, lying ones while only lying down is allowed).
    public static let coolDownStretches = ["calf_wall_stretch", "half_kneeling_hip_flexor", "figure_four_stretch", "supine_hamstring_stretch"]
    // MARK: Counting [conv]

    /// Seconds given to one repetition when the tempo has no count ("none"): the runner sets the pace
    /// and can end the set early; this only bounds the set's timer.
    public static let secondsPerUncountedRep = 3
    /// Springy plyometric contacts ("fast": pogo hops, bounds) take about a second each.
    public static let secondsPerFastRep = 1
    /// Controlled reps without a written count ("slow": dead bugs) take about four seconds.
    public static let secondsPerSlowRep = 4
    /// The countdown numbers announced before the end of a timed step (3-2-1).
    public static let countdownFrom = 3
    /// Timed steps shorter than this get no 3-2-1 (it would cover most of the step).
    public static let countdownMinimumStepSeconds = 5

    // MARK: Controls [conv]

    /// "Back" restarts the current step when more than this far into it, else goes to the previous step.
    public static let backRestartThreshold: Duration = .seconds(3)
    /// The rest change of one press of `+` or `-`.
    public static let restAdjustmentSeconds = 15
    /// `-` never shortens a rest below the 3-2-1: the next set always starts with its count-in.
    public static let shortestRestSeconds = countdownFrom

    // MARK: Logging and safety

    /// One press of the rest screen's stepper on a set of timed work (a plank held 25 s, not 30) [conv].
    public static let loggedSecondsStep = 5

    /// Pain at or above this (0–10) during an exercise stops the session with the safety message.
    public static let safetyStopPain = 7
    /// Pain above this (0–10) asks for the easier variant next time (DOMAIN §3 "Modify").
    public static let modifyPain = 5
    /// Reps in reserve offered when the runner confirms the plan without changing it [conv].
    public static let defaultRepsInReserve = 2
    /// The valid range of reps in reserve in a log entry (never RIR 0 is a plan rule, not a log rule).
    public static let repsInReserveRange = 0...5
    /// The valid range of the pain scale.
    public static let painRange = 0...10
}
