/// How a card's figure moves while it is followed: which frame shows the body at a moment of a
/// repetition or a hold, and when that frame next changes.
///
/// A figure's frames follow the lowering, as the tempo counts it ("3-1-1": 3 s lowering, 1 s pause,
/// 1 s lifting): the first frame is the top of the movement, the last the lowered position. The
/// lowering plays the frames forward, the pause shows where it is (the last frame at the bottom; the
/// first at the top of a rep that lifts first, a bridge), the lifting plays them back, each
/// frame for an equal share of its phase's seconds, so the figure moves at the tempo. A hold's frames
/// lead into the held position, shown last. With one frame nothing moves; a two-frame figure from an
/// older or imported card simply has no frame in between.
public enum FigureMotion {
    /// Seconds a hold takes to ease into its held position when its figure has frames leading to it.
    /// [conv]: long enough to see, short next to the shortest hold (5 s, `CatalogRules.seconds`).
    public static let easeInSeconds = 3

    /// One slow breath during a hold: breathe in this many seconds, then out. About six breaths a
    /// minute, the slow breathing that keeps a runner from holding their breath in a stretch. [conv]
    public static let breathInSeconds = 4
    public static let breathOutSeconds = 6

    /// Where the body is within one repetition: a tempo phase and the time gone in it.
    public struct RepMoment: Hashable, Sendable {
        public var phase: TempoPhase
        public var elapsed: Duration
        public var length: Duration
        /// Where the repetition starts: the pause is at the bottom of a lowering-first rep, at the top of a
        /// lifting-first one (a bridge's squeeze).
        public var start: RepStart

        public init(phase: TempoPhase, elapsed: Duration, length: Duration, start: RepStart = .lowering) {
            self.phase = phase; self.elapsed = elapsed; self.length = length; self.start = start
        }
    }

    /// The frame (0-based, of `frameCount`) showing the body at `moment` of a repetition.
    public static func frame(at moment: RepMoment, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        switch moment.phase {
        case .pause: return moment.start == .lifting ? 0 : frameCount - 1
        case .down: return share(moment.elapsed, of: moment.length, parts: frameCount)
        case .up: return frameCount - 1 - share(moment.elapsed, of: moment.length, parts: frameCount)
        }
    }

    /// Time from `moment` until its frame changes within the same phase; nil when it stays until the
    /// phase ends (the end of a phase is a deadline of the session itself).
    public static func untilChange(at moment: RepMoment, frameCount: Int) -> Duration? {
        guard frameCount > 1, moment.phase != .pause else { return nil }
        return untilNextShare(moment.elapsed, of: moment.length, parts: frameCount)
    }

    /// A repetition without a counted tempo (a springy hop, a slow dead bug): its seconds split in two,
    /// a lowering and a lifting, so the figure still moves once each rep.
    public static func uncountedMoment(within rep: Duration, secondsPerRep: Int) -> RepMoment {
        let half = Duration.seconds(Double(max(1, secondsPerRep)) / 2)
        return rep < half ? RepMoment(phase: .down, elapsed: rep, length: half)
            : RepMoment(phase: .up, elapsed: rep - half, length: half)
    }

    /// The frame of a hold `elapsed` into it: the frames leading in share `easeInSeconds`, then the
    /// held position (the last frame) stays.
    public static func holdFrame(elapsed: Duration, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        let easeIn = Duration.seconds(easeInSeconds)
        guard elapsed < easeIn else { return frameCount - 1 }
        return share(elapsed, of: easeIn, parts: frameCount - 1)
    }

    /// Time from `elapsed` until the hold's frame changes; nil once the held position shows.
    public static func holdUntilChange(elapsed: Duration, frameCount: Int) -> Duration? {
        let easeIn = Duration.seconds(easeInSeconds)
        guard frameCount > 1, elapsed < easeIn else { return nil }
        // The last frame leading in gives way to the held position when the ease-in ends.
        return untilNextShare(elapsed, of: easeIn, parts: frameCount - 1) ?? easeIn - max(.zero, elapsed)
    }

    public enum Breath: String, Hashable, Sendable { case `in`, out }

    /// The breath `elapsed` into a hold: in first, then out, again and again.
    public static func breath(elapsed: Duration) -> Breath {
        let cycle = Double(breathInSeconds + breathOutSeconds)
        let into = max(0, elapsed.seconds).truncatingRemainder(dividingBy: cycle)
        return into < Double(breathInSeconds) ? .in : .out
    }

    /// Which of `parts` equal shares of `length` `elapsed` falls in (the last share holds the end).
    /// Counted in whole nanoseconds, so a frame's deadline is exactly where the next frame begins.
    private static func share(_ elapsed: Duration, of length: Duration, parts: Int) -> Int {
        let total = nanoseconds(length)
        guard total > 0 else { return parts - 1 }
        let into = max(0, nanoseconds(elapsed))
        return Int(min(Int64(parts - 1), into * Int64(parts) / total))
    }

    private static func untilNextShare(_ elapsed: Duration, of length: Duration, parts: Int) -> Duration? {
        let index = share(elapsed, of: length, parts: parts)
        guard index < parts - 1 else { return nil }
        let total = nanoseconds(length)
        let boundary = (total * Int64(index + 1) + Int64(parts) - 1) / Int64(parts)
        return .nanoseconds(max(0, boundary - max(0, nanoseconds(elapsed))))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
