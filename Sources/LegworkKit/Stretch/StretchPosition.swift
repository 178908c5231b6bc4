/// How the runner's body is placed for a stretch.
///
/// The cases are declared in flow order: a routine goes standing → kneeling → seated → lying so the
/// runner gets down to the mat once and never has to stand up again mid-routine.
public enum StretchPosition: String, Codable, CaseIterable, Sendable, Comparable {
    case standing, kneeling, seated, lying

    /// 0 for standing up to 3 for lying: the order in which positions come in a routine.
    public var flowRank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: StretchPosition, b: StretchPosition) -> Bool { a.flowRank < b.flowRank }
}
