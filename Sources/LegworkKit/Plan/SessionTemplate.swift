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

    /// The slot's place in session `letter` ("A.single-leg", "B.single-leg-2"): what the training block
    /// remembers a working dose by (`PlanItem.slot`).
    func key(session letter: String) -> String {
        letter + "." + (self == .singleLegSecond ? "single-leg-2" : role.rawValue)
    }
}

/// Rule: the slots of a session by its length (DOMAIN.md §2, Templates).
///
/// 15 min: 4 exercises × 2 sets (single-leg, calf, glute med, core). 30 min: plyo, 2 single-leg lifts,
/// calf, glute med, core. 45 min: plus a heavy bilateral lift and a carry. The order is DOMAIN.md's
/// session structure: after the warm-up (the only activation), jumps, the heavy lift, single-leg work,
/// then the accessories. A PR chaser's 30-minute session swaps its second single-leg lift for the heavy lift.
enum SessionTemplate {
    static func slots(for length: SessionLength, goal: Goal) -> [PlanSlot] {
        switch length {
        case .short: [.singleLegMain, .calf, .gluteMed, .core]
        case .standard where goal == .pr: [.plyometric, .heavyLift, .singleLegMain, .calf, .gluteMed, .core]
        case .standard: [.plyometric, .singleLegMain, .singleLegSecond, .calf, .gluteMed, .core]
        case .long: [.plyometric, .heavyLift, .singleLegMain, .singleLegSecond, .calf, .gluteMed, .carry, .core]
        }
    }

    /// Sets fixed by the template whatever the level: a 15-minute session does 2 sets of everything.
    static func fixedSets(for length: SessionLength) -> Int? { length == .short ? 2 : nil }
}
