// Durations and moments are stored as seconds (a JSON number people can read) and read back to the
// nanosecond, which is the resolution of the monotonic clock that feeds the engine.

extension Duration {
    var codedSeconds: Double { seconds }

    /// A stored session time read back, refused unless it lies in `LogLimits.sessionSeconds`: a crafted
    /// or damaged value (1e15 s) would otherwise overflow the nanosecond clock and stop the program.
    static func decodeSeconds<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Duration {
        let seconds = try container.decode(Double.self, forKey: key)
        guard seconds.isFinite, LogLimits.sessionSeconds.contains(seconds) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                debugDescription: "\(seconds) s is not a time within a session (at most a week)")
        }
        return Duration(codedSeconds: seconds)
    }

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
