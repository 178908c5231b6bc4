import LegworkKit

/// The runtime's source of `Moment`s. The core never reads a clock; only the loop does, through this.
public protocol MonotonicClock: AnyObject {
    func now() -> Moment
    /// How long to really wait until `moment` (0 if it has passed): `--speed` makes waits shorter.
    func realWait(until moment: Moment) -> Duration
}

/// A monotonic clock (not the wall clock, so NTP steps never move a countdown) scaled by `speed`:
/// `--speed 20` runs every countdown twenty times faster to preview a routine.
public final class SystemClock: MonotonicClock {
    private let origin: ContinuousClock.Instant
    public let speed: Double

    /// `origin` is moment zero; the program passes the instant it started, so that start-up time is
    /// already part of the first countdown instead of delaying its end.
    public init(speed: Double = 1, origin: ContinuousClock.Instant = .now) {
        self.speed = max(0.01, speed)
        self.origin = origin
    }

    public func now() -> Moment { Moment((ContinuousClock.now - origin) * speed) }

    public func realWait(until moment: Moment) -> Duration {
        let remaining = moment - now()
        return remaining <= .zero ? .zero : remaining / speed
    }
}

/// A clock that moves only when told to: the loop tests' virtual time.
public final class VirtualClock: MonotonicClock {
    public private(set) var current: Moment
    public init(_ start: Moment = .origin) { current = start }
    public func now() -> Moment { current }
    public func advance(by d: Duration) { current = current + d }
    public func realWait(until moment: Moment) -> Duration { moment > current ? moment - current : .zero }
}
