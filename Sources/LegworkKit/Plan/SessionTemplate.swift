/// A place in a session that one exercise fills.
enum PlanSlot: Equatable, Hashable, Sendable {
    case gluteMed
    case plyometric
    case heavyLift
    /// The single-leg lift scoring 3 on single-leg focus that every session holds.
    case singleLegMain
    case singleLegSecond
    case calf
    case carry
    case core

    var role: PlanItem.Role {
        switch self {
        case .gluteMed: .gluteMed
        case .plyometric: .plyometric
        case .heavyLift: .heavyLift
        case .singleLegMain, .singleLegSecond: .singleLeg
        case .calf: .calf
        case .carry: .carry
        case .core: .core
        }
    }
}

/// Rule: the slots of a session by its length (DOMAIN.md §2, Templates).
///
/// 15 min: 4 exercises × 2 sets (single-leg, glute med, calf, core). 30 min: activation, plyo, 2
/// single-leg lifts, calf, core. 45 min: plus a heavy bilateral lift and a carry. Plyo goes first after
/// the activation. A PR chaser's 30-minute session swaps its second single-leg lift for the heavy lift.
enum SessionTemplate {
    static func slots(for length: SessionLength, goal: Goal) -> [PlanSlot] {
        switch length {
        case .short: [.gluteMed, .singleLegMain, .calf, .core]
        case .standard where goal == .pr: [.gluteMed, .plyometric, .heavyLift, .singleLegMain, .calf, .core]
        case .standard: [.gluteMed, .plyometric, .singleLegMain, .singleLegSecond, .calf, .core]
        case .long: [.gluteMed, .plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .carry, .core]
        }
    }

    /// Sets fixed by the template whatever the level: a 15-minute session does 2 sets of everything.
    static func fixedSets(for length: SessionLength) -> Int? { length == .short ? 2 : nil }
}
