/// What a check-in line gave (`CheckInLine.read`): the answers taken, each word refused with its reason,
/// and the pains kept as pain elsewhere because the profile has no such current injury.
public struct CheckInReading: Hashable, Sendable {
    public var answers: CheckIn
    /// The words not taken, in the line's order.
    public var refused: [CheckInLineError] = []
    /// The words (`knee=5`, `pain=10`) whose pain was kept as pain elsewhere.
    public var keptAsOther: [String] = []

    public init(answers: CheckIn) { self.answers = answers }

    /// Keeps `pain` as pain elsewhere (`other`), the worst one when several are: it still counts for
    /// today (pain above 5/10 makes every exercise easier when no area is known).
    mutating func keep(_ pain: Int, elsewhereFor key: String) {
        answers.pain[.other] = max(answers.pain[.other] ?? 0, pain)
        keptAsOther.append("\(key)=\(pain)")
    }

    /// What the runner reads about the words not taken as written: one line each, or none.
    public var remarks: [String] {
        refused.map { "Not taken: \($0)." }
            + keptAsOther.map { "\($0): no such current injury in your profile, so it counts as pain elsewhere." }
    }
}
