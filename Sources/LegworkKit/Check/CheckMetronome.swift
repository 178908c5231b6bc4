/// The pace of the heel-raise and hamstring-bridge tests: a bell each second, 1 s up and 1 s down (60 bpm,
/// DOMAIN.md §5), counted by the session engine's deadline clock. Every beat is a whole second after the
/// work began (shifted by pauses), never one tick after the last, so late wake-ups and slow frames never
/// make the pace drift, and the rep counter is the beats passed, not the ticks seen.
public struct CheckMetronome: Sendable {
    public static let secondsUp = 1
    public static let secondsDown = 1
    /// Time to get into position, with the engine's 3-2-1, before the first beat.
    public static let getReadySeconds = 5

    public private(set) var engine: SessionEngine
    /// Beats already rung (returned by `tick`).
    private var beatsRung = 0
    /// The most reps the test counts (its range's top): the pace ends there.
    private let most: Int

    /// The metronome for one side of a reps test (heel raises, hamstring bridges), up to the test's highest count.
    public init(test: CheckTest, side: Side) {
        var item = SessionItem(cardID: test.gateCardID ?? test.rawValue, name: test.title, unilateral: false,
                               tempo: .phases(down: Self.secondsDown, pause: 0, up: Self.secondsUp),
                               dose: .reps(1, test.valueRange.upperBound, rest: 0), cue: CheckCard.of(test).counts)
        item.repStart = .lifting
        most = test.valueRange.upperBound
        let plan = SessionPlan(id: "check-\(test.rawValue)-\(side.rawValue)", title: test.title, kind: .strength, items: [item], runningCue: "")
        engine = SessionEngine(plan: plan, settings: SessionSettings(getReadySeconds: Self.getReadySeconds, switchSidesSeconds: 0,
                                                                    transitionSeconds: 0, logAfterEachItem: false))
    }

    public mutating func start(at now: Moment) { _ = engine.start(at: now) }

    /// When to wake next: the next beat (or get-ready second); nil while paused.
    public func nextDeadline(after now: Moment) -> Moment? { engine.nextDeadline(after: now) }

    public mutating func togglePause(at now: Moment) { _ = engine.handle(.togglePause, at: now) }

    /// Moves the clock to `now` and returns how many beats are due since the last call (each one bell).
    public mutating func tick(at now: Moment) -> Int {
        _ = engine.handle(.tick, at: now)
        let due = beats(at: now)
        defer { beatsRung = max(beatsRung, due) }
        return max(0, due - beatsRung)
    }

    /// Whole seconds of pace passed at `now` (none while getting ready).
    public func beats(at now: Moment) -> Int {
        let status = engine.status(at: now)
        let perRep = Self.secondsUp + Self.secondsDown
        if status.isEnded { return most * perRep }
        guard case .work = status.step.kind, let total = status.step.seconds, let remaining = status.remainingSeconds else { return 0 }
        return total - remaining
    }

    /// Reps done at `now`: each counts once it is lowered again.
    public func reps(at now: Moment) -> Int { beats(at: now) / (Self.secondsUp + Self.secondsDown) }

    /// Going up or coming down at `now` (for the figure and the words), nil while getting ready.
    public func phase(at now: Moment) -> TempoPhase? { engine.status(at: now).rep?.phase }
}
