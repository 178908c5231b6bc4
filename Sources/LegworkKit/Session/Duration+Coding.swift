// Durations and moments are stored as seconds (a JSON number people can read) and read back to the
// nanosecond, which is the resolution of the monotonic clock that feeds the engine.

extension Duration {
    var codedSeconds: Double { seconds }

    init(codedSeconds: Double) {
        self = .nanoseconds(Int64((codedSeconds * 1e9).rounded()))
    }

    /// Whole seconds rounded up, for countdown digits: 59.2 s left shows as 60 until 59 s are left.
    var secondsRoundedUp: Int64 {
        let (s, atto) = components
        return atto > 0 ? s + 1 : s
    }

    /// Whole seconds rounded down (towards minus infinity).
    var secondsRoundedDown: Int64 {
        let (s, atto) = components
        return atto < 0 ? s - 1 : s
    }
}
