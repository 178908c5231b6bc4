/// The verdict on one area of a strength check, in plain words ("calves: below the usual for your age;
/// left 31% weaker than right"), with the values the plan reads: whether the area is weak and which side lags.
public struct CheckVerdict: Hashable, Sendable {
    public let area: CheckArea
    public let score: CheckScore
    public let standing: CheckStanding?
    public let difference: SideDifference?
    /// Sides whose squat showed a fault (the squat check's only side finding).
    public let faultySides: [Side]

    /// Below the usual, or one side beyond its limit: the plan gives the area priority.
    public var weak: Bool { standing == .below || difference?.beyondLimit == true }

    /// The side more than its limit behind, which gets an extra set.
    public var laggingSide: Side? { difference?.beyondLimit == true ? difference?.weaker : nil }

    /// The verdicts of `check`, one per area tested, in the check's order.
    public static func all(_ check: StrengthCheck, age: Int?, sex: Sex?) -> [CheckVerdict] {
        check.scores.compactMap { verdict($0, age: age, sex: sex) }
    }

    public static func verdict(_ score: CheckScore, age: Int?, sex: Sex?) -> CheckVerdict? {
        guard let area = score.test.area, let worst = score.worst else { return nil }
        let faulty: [Side] = score.test == .singleLegSquat ? Side.allCases.filter { (score.value($0) ?? 0) > 0 } : []
        return CheckVerdict(area: area, score: score, standing: CheckNorms.standing(score.test, value: worst, age: age, sex: sex),
                            difference: SideDifference.of(score), faultySides: faulty,
                            // Only the heel-raise norms are chosen by age and sex.
                            whose: score.test == .heelRaise ? CheckNorms.whose(age: age, sex: sex) : "")
    }

    private let whose: String

    private init(area: CheckArea, score: CheckScore, standing: CheckStanding?, difference: SideDifference?, faultySides: [Side], whose: String) {
        self.area = area; self.score = score; self.standing = standing; self.difference = difference
        self.faultySides = faultySides; self.whose = whose
    }

    /// "calves: below the usual for your age; left 31% weaker than right".
    public var text: String {
        var parts: [String] = []
        switch (score.test, standing) {
        case (.singleLegSquat, .below):
            let sides = faultySides.count == 2 ? "on both sides" : "on the \(faultySides[0].rawValue)"
            parts.append("the knee, hip or trunk moved out of line \(sides)")
        case (.singleLegSquat, _): parts.append("knee, hip and trunk stayed in line")
        case (.kneeToWall, .below): parts.append("limited")
        case (.kneeToWall, _): parts.append("enough")
        case (_, .below): parts.append("below the usual\(whose)")
        case (_, .above): parts.append(score.test == .sidePlank ? "at the target" : "above the usual\(whose)")
        case (_, _): parts.append("within the usual\(whose)")
        }
        if let difference {
            parts.append(difference.words(score.test) + (difference.beyondLimit ? "" : " (within the usual difference)"))
        } else if score.left != nil, score.right != nil, SideDifference.limit(score.test) != nil {
            parts.append("both sides even")
        }
        return area.words + ": " + parts.joined(separator: "; ")
    }

    /// The figures behind the verdict, as the plan's why quotes them: "your heel-raise test was 18 left, 26 right".
    public var figures: String {
        let name = switch score.test {
        case .heelRaise: "heel-raise test"
        case .hamstringBridge: "hamstring-bridge test"
        case .sidePlank: "side plank"
        case .singleLegSquat: "single-leg squat check"
        case .kneeToWall: "knee-to-wall test"
        case .hops, .painFreeRun: "test"
        }
        if score.test == .singleLegSquat {
            return "your \(name) showed " + Side.allCases.compactMap { side in score.value(side).map { "\(score.test.words($0)) \(side.rawValue)" } }
                .joined(separator: ", ")
        }
        let sides = Side.allCases.compactMap { side in score.value(side).map { "\(score.test.words($0)) \(side.rawValue)" } }
        return "your \(name) was " + (sides.isEmpty ? score.both.map(score.test.words) ?? "" : sides.joined(separator: ", "))
    }
}
