/// The references the check's figures are read against (DOMAIN.md §5). Numbers marked [conv] are
/// engineering defaults without a source.
public enum CheckNorms {
    /// One age band of Hébert-Losier 2017's single-leg heel-raise norms (n≈600), reps to fatigue.
    public struct HeelRaiseBand: Hashable, Sendable {
        public let ages: ClosedRange<Int>
        public let male: Int
        public let female: Int
    }

    public static let heelRaiseBands: [HeelRaiseBand] = [
        HeelRaiseBand(ages: 20...29, male: 37, female: 30),
        HeelRaiseBand(ages: 30...39, male: 32, female: 27),
        HeelRaiseBand(ages: 40...49, male: 28, female: 24),
        HeelRaiseBand(ages: 50...59, male: 23, female: 21),
        HeelRaiseBand(ages: 60...69, male: 19, female: 19),
        HeelRaiseBand(ages: 70...79, male: 14, female: 16),
    ]

    /// Without an age, the band read is the middle one of the table [conv].
    public static let middleBand = 2

    /// The band for `age`: below the table the youngest band, above it the oldest, without an age the middle.
    public static func heelRaiseBand(age: Int?) -> HeelRaiseBand {
        guard let age else { return heelRaiseBands[middleBand] }
        if age < heelRaiseBands[0].ages.lowerBound { return heelRaiseBands[0] }
        return heelRaiseBands.first { $0.ages.contains(age) } ?? heelRaiseBands[heelRaiseBands.count - 1]
    }

    /// The usual single-leg heel-raise count for the runner: by sex, or halfway between the two (rounded
    /// up) without one.
    public static func heelRaise(age: Int?, sex: Sex?) -> Int {
        let band = heelRaiseBand(age: age)
        switch sex {
        case .male: return band.male
        case .female: return band.female
        case nil: return (band.male + band.female + 1) / 2
        }
    }

    /// Freckleton 2014's single-leg hamstring bridge: under 20 poor, about 25 average, over 30 good.
    public static let bridgePoorBelow = 20
    public static let bridgeAverage = 25
    public static let bridgeGoodAbove = 30

    /// The side plank: about 55 s in young adults (McGill 1999, Anderson 2014); the target is 60 s [conv].
    public static let sidePlankReference = 55
    public static let sidePlankTarget = 60

    /// Knee-to-wall: under 10 cm is limited [conv].
    public static let kneeToWallLimitedBelow = 10

    /// How a figure stands against the usual, for the tests that have a norm.
    public static func standing(_ test: CheckTest, value: Int, age: Int?, sex: Sex?) -> CheckStanding? {
        switch test {
        case .heelRaise:
            return value < heelRaise(age: age, sex: sex) ? .below : .usual
        case .hamstringBridge:
            return value < bridgePoorBelow ? .below : value > bridgeGoodAbove ? .above : .usual
        case .sidePlank:
            return value < sidePlankReference ? .below : value >= sidePlankTarget ? .above : .usual
        case .kneeToWall:
            return value < kneeToWallLimitedBelow ? .below : .usual
        case .singleLegSquat:
            return value > 0 ? .below : .usual
        case .hops, .painFreeRun:
            return nil
        }
    }

    /// The norm beside a score, in words: "usual for your age and sex: 24", "usual: about 25, good over 30".
    public static func reference(_ test: CheckTest, age: Int?, sex: Sex?) -> String? {
        switch test {
        case .heelRaise: "usual\(whose(age: age, sex: sex)): \(heelRaise(age: age, sex: sex))"
        case .hamstringBridge: "usual: about \(bridgeAverage), good over \(bridgeGoodAbove)"
        case .sidePlank: "usual: about \(sidePlankReference) s, aim for \(sidePlankTarget) s"
        case .kneeToWall: "\(kneeToWallLimitedBelow) cm or more"
        case .singleLegSquat: "none of the three"
        case .hops, .painFreeRun: nil
        }
    }

    /// " for your age and sex", " for your age", " for your sex" or nothing: what the norm was chosen by.
    static func whose(age: Int?, sex: Sex?) -> String {
        switch (age, sex) {
        case (.some, .some): " for your age and sex"
        case (.some, nil): " for your age"
        case (nil, .some): " for your sex"
        case (nil, nil): ""
        }
    }
}

/// Where a figure stands against its reference.
public enum CheckStanding: String, Codable, Sendable {
    case below, usual, above
}
