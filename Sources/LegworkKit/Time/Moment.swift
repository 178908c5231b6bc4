/// A point on Legwork's monotonic timeline: a duration since an arbitrary origin (the program's start).
///
/// The core never reads a clock. The runtime turns a monotonic clock reading into a `Moment` (scaled by
/// `--speed`) and passes it in, so tests move time by constructing moments and never wait.
public struct Moment: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var sinceOrigin: Duration

    public init(_ sinceOrigin: Duration) { self.sinceOrigin = sinceOrigin }

    public static let origin = Moment(.zero)

    public static func seconds(_ value: Double) -> Moment { Moment(.milliseconds(Int64((value * 1000).rounded()))) }

    public static func < (a: Moment, b: Moment) -> Bool { a.sinceOrigin < b.sinceOrigin }
    public static func + (a: Moment, d: Duration) -> Moment { Moment(a.sinceOrigin + d) }
    public static func - (a: Moment, d: Duration) -> Moment { Moment(a.sinceOrigin - d) }
    public static func - (a: Moment, b: Moment) -> Duration { a.sinceOrigin - b.sinceOrigin }

    public var description: String { "t+\(sinceOrigin)" }
}

extension Duration {
    /// Seconds as a Double, for display and arithmetic at the edges.
    public var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
