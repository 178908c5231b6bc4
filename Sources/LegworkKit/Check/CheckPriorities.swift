/// What the plan takes from the runner's latest strength check (DOMAIN.md §5, "what it changes"): the weak
/// areas, first in their session slot and in the dose, each with the figures that made it weak; the side
/// that lags beyond its limit; and whether the check passed the return-to-jumping test.
public struct CheckPriorities: Hashable, Sendable {
    /// The check read.
    public let check: StrengthCheck
    /// The weak areas' verdicts, in the check's order.
    public let weak: [CheckVerdict]

    public init(check: StrengthCheck, age: Int?, sex: Sex?) {
        self.check = check
        self.weak = CheckVerdict.all(check, age: age, sex: sex).filter(\.weak)
    }

    /// The latest of `checks`, read for `profile`; nil without any.
    public static func latest(_ checks: [StrengthCheck], profile: Profile) -> CheckPriorities? {
        checks.max { $0.date < $1.date }.map { CheckPriorities(check: $0, age: profile.age, sex: profile.sex) }
    }

    /// The weak area a session slot serves, if any (ankle mobility has no strength slot).
    func verdict(for slot: PlanSlot) -> CheckVerdict? {
        weak.first { Self.slot(for: $0.area) == slot }
    }

    /// The slot that trains an area: calves the calf work, the back of the thighs the main single-leg lift,
    /// the side of the trunk the core work, hip control the glute-med work.
    static func slot(for area: CheckArea) -> PlanSlot? {
        switch area {
        case .calves: .calf
        case .backOfThighs: .singleLegMain
        case .sideOfTrunk: .core
        case .hipControl: .gluteMed
        case .ankles: nil
        }
    }

    /// The muscles a card must work first to serve the area.
    static func muscles(for area: CheckArea) -> Set<Muscle> {
        switch area {
        case .calves: [.calves, .soleus]
        case .backOfThighs: [.hamstrings, .gluteMax]
        case .sideOfTrunk: [.obliques, .gluteMed]
        case .hipControl: [.gluteMed]
        case .ankles: []
        }
    }

    /// "calves first: your heel-raise test was 18 left, 26 right".
    static func why(_ verdict: CheckVerdict) -> String {
        "\(verdict.area.words) first: \(verdict.figures)"
    }
}
