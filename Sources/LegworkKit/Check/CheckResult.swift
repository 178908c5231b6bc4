/// One test's figures, per side: reps, seconds, faults seen, centimetres, or 1/0 for a pain-free yes/no.
public struct CheckScore: Codable, Hashable, Sendable {
    public var test: CheckTest
    public var left: Int?
    public var right: Int?
    /// A test without sides (the pain-free running question).
    public var both: Int?

    public init(_ test: CheckTest, left: Int? = nil, right: Int? = nil, both: Int? = nil) {
        self.test = test; self.left = left; self.right = right; self.both = both
    }

    /// The figure of `side` (nil: the test's only figure).
    public func value(_ side: Side?) -> Int? {
        switch side {
        case .left: left
        case .right: right
        case nil: both
        }
    }

    public mutating func set(_ value: Int, side: Side?) {
        switch side {
        case .left: left = value
        case .right: right = value
        case nil: both = value
        }
    }

    /// The weaker side's figure (for faults and a yes/no, the worse one), or the only one.
    public var worst: Int? {
        let values = [left, right, both].compactMap { $0 }
        guard !values.isEmpty else { return nil }
        return test.measure == .faults ? values.max() : values.min()
    }

    /// Figures outside the test's range, in words; empty when the score can be kept.
    public var problems: [String] {
        [("left", left), ("right", right), ("", both)].compactMap { name, value in
            guard let value, !test.valueRange.contains(value) else { return nil }
            let range = test.valueRange
            return "\(test.title)\(name.isEmpty ? "" : " (\(name))"): \(value) is outside \(range.lowerBound)–\(range.upperBound)"
        }
    }
}

/// A strength check done on one day: the scores of the tests the runner did (the gate may have left some out).
public struct StrengthCheck: Codable, Hashable, Sendable {
    public var date: CalendarDate
    public var scores: [CheckScore]

    public init(date: CalendarDate, scores: [CheckScore] = []) {
        self.date = date; self.scores = scores
    }

    public func score(_ test: CheckTest) -> CheckScore? { scores.first { $0.test == test } }

    /// Records a figure, keeping the tests in the check's order.
    public mutating func record(_ test: CheckTest, side: Side?, value: Int) {
        var score = self.score(test) ?? CheckScore(test)
        score.set(value, side: side)
        scores.removeAll { $0.test == test }
        scores.append(score)
        scores.sort { CheckTest.allCases.firstIndex(of: $0.test)! < CheckTest.allCases.firstIndex(of: $1.test)! }
    }
}
