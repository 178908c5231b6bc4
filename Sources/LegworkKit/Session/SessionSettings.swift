/// The lengths of the steps around the work, and whether each exercise ends with a log entry.
///
/// The defaults per kind of session live in `SessionDefaults`; settings are Codable so a resumed session
/// compiles to exactly the same steps.
public struct SessionSettings: Codable, Hashable, Sendable {
    /// Seconds of "get ready" before the first exercise (with a 3-2-1 when long enough).
    public var getReadySeconds: Int
    /// Seconds between the left and the right side of a set.
    public var switchSidesSeconds: Int
    /// Seconds between one exercise and the next (not after the last).
    public var transitionSeconds: Int
    /// Each exercise ends with a log step that waits for the runner's entry (reps, load, RIR, pain).
    public var logAfterEachItem: Bool
    /// Seconds per repetition when the tempo has no count ("fast", "slow", "none").
    public var secondsPerUncountedRep: Int

    public init(
        getReadySeconds: Int, switchSidesSeconds: Int, transitionSeconds: Int, logAfterEachItem: Bool,
        secondsPerUncountedRep: Int = SessionDefaults.secondsPerUncountedRep
    ) {
        self.getReadySeconds = getReadySeconds; self.switchSidesSeconds = switchSidesSeconds
        self.transitionSeconds = transitionSeconds; self.logAfterEachItem = logAfterEachItem
        self.secondsPerUncountedRep = secondsPerUncountedRep
    }

    /// Strength: 10 s get-ready, 10 s switch, 20 s transition, a log after each exercise.
    public static let strength = SessionSettings(
        getReadySeconds: SessionDefaults.strengthGetReadySeconds,
        switchSidesSeconds: SessionDefaults.strengthSwitchSidesSeconds,
        transitionSeconds: SessionDefaults.strengthTransitionSeconds,
        logAfterEachItem: true)

    /// Stretch (DOMAIN §4): 5 s get-ready, 5 s switch, 10 s move, no logging.
    public static let stretch = SessionSettings(
        getReadySeconds: SessionDefaults.stretchGetReadySeconds,
        switchSidesSeconds: SessionDefaults.stretchSwitchSidesSeconds,
        transitionSeconds: SessionDefaults.stretchTransitionSeconds,
        logAfterEachItem: false)

    public static func defaults(for kind: SessionPlan.Kind) -> SessionSettings {
        switch kind {
        case .strength: .strength
        case .stretch: .stretch
        }
    }
}
