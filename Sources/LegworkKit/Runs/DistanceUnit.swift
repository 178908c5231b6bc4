/// The unit a runner reads and types run distances in: kilometres, or miles for a runner whose profile
/// says `units=lb` (`LoadUnit.distance`). The log keeps metres; JSON keeps its documented keys.
public enum DistanceUnit: String, CaseIterable, Sendable {
    case km, mi

    public var metres: Double { self == .km ? 1000 : RunWords.metresPerMile }

    /// "8 km", "5 mi", "13.1 mi": one decimal, none when whole.
    public func words(metres: Double) -> String {
        let tenths = (metres / self.metres * 10).rounded()
        let amount = tenths / 10
        return (tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(amount)) : String(amount)) + " " + rawValue
    }

    /// A typed distance in metres: "8km", "5 mi", "800m" say their unit; a number alone ("5") is in this one.
    public func metres(typed text: String) -> Double? {
        if let metres = RunWords.parseDistance(text) { return metres }
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty, compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(compact), value.isFinite else { return nil }
        return value * metres
    }
}
