/// Rule: how far one side is behind the other, and the limits beyond which it counts (DOMAIN.md §5):
/// heel raises within 10%, the side plank within 5%, knee-to-wall within 2 cm.
public struct SideDifference: Hashable, Sendable {
    /// The side behind: fewer reps or seconds, less distance.
    public let weaker: Side
    /// How far behind, in percent of the stronger side (rounded), or in centimetres for knee-to-wall.
    public let amount: Int
    /// Beyond the test's limit.
    public let beyondLimit: Bool

    public static let heelRaiseLimitPercent = 10
    public static let sidePlankLimitPercent = 5
    /// The bridge has no published limit: the heel raise's is used [conv].
    public static let bridgeLimitPercent = 10
    public static let kneeToWallLimitCm = 2

    /// The limit of `test`, in percent (or cm for knee-to-wall); nil for tests whose sides are not compared
    /// as figures (the squat's faults and the hops' yes/no are read side by side instead).
    public static func limit(_ test: CheckTest) -> Int? {
        switch test {
        case .heelRaise: heelRaiseLimitPercent
        case .hamstringBridge: bridgeLimitPercent
        case .sidePlank: sidePlankLimitPercent
        case .kneeToWall: kneeToWallLimitCm
        case .singleLegSquat, .hops, .painFreeRun: nil
        }
    }

    /// The difference between the two sides of `score`; nil when a side is missing, the sides are even or
    /// the test has no limit.
    public static func of(_ score: CheckScore) -> SideDifference? {
        guard let limit = limit(score.test), let left = score.left, let right = score.right, left != right else { return nil }
        let weaker: Side = left < right ? .left : .right
        let (low, high) = (min(left, right), max(left, right))
        if score.test == .kneeToWall {
            return SideDifference(weaker: weaker, amount: high - low, beyondLimit: high - low > limit)
        }
        // Percent of the stronger side, to the nearest whole percent; the limit is compared exactly.
        let percent = Int((Double(high - low) * 100 / Double(high)).rounded())
        return SideDifference(weaker: weaker, amount: percent, beyondLimit: (high - low) * 100 > limit * high)
    }

    /// "left 31% weaker than right", "left 3 cm shorter than right".
    public func words(_ test: CheckTest) -> String {
        let other: Side = weaker == .left ? .right : .left
        return test == .kneeToWall ? "\(weaker.rawValue) \(amount) cm shorter than \(other.rawValue)"
            : "\(weaker.rawValue) \(amount)% weaker than \(other.rawValue)"
    }
}
