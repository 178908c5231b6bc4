/// The timed warm-up moves that open every guided strength session and the cool-down that closes it
/// (DOMAIN §2, Session structure: 3–5 min warm-up of easy movement, leg swings and activation).
///
/// The plan writes the activation (one light set of bridges, or an injury module's exercise) as its
/// warm-up item; the moves before it have no card, so they are added here, on the way into the engine,
/// through the same gate every strength door uses. Each move is a step the clock times or counts as it
/// is said: a minute of marching is a minute, ten swings each way are twenty counted swings per leg.
public enum SessionFraming {
    /// A move of the warm-up or the cool-down that has no card in the catalog.
    public enum Move: String, CaseIterable, Sendable {
        case march = "warm-up-march"
        case legSwings = "warm-up-leg-swings"
        /// While a bone-stress sign is unchecked nothing is done standing: leg circles lying down instead.
        case lyingLegCircles = "warm-up-leg-circles"
        case walk = "cool-down-walk"

        /// The move as a session item, at its timed or counted dose.
        var item: SessionItem {
            let each = SessionDefaults.warmUpLegSwingsEachWay
            let (name, dose, cue): (String, Dose, String) = switch self {
            case .march: ("March or jog on the spot", .hold(1, seconds: SessionDefaults.warmUpMarchSeconds, rest: 0),
                          "Easy: knees up, arms swinging, breathing relaxed")
            case .legSwings: ("Leg swings", .reps(1, each * 2, rest: 0),
                              "A hand on a wall: \(each) forward and back, then \(each) across the body")
            case .lyingLegCircles: ("Leg circles lying down", .hold(1, seconds: SessionDefaults.warmUpMarchSeconds, rest: 0),
                                    "On your back: circle and rock each leg gently, small and easy")
            case .walk: ("Easy walk", .hold(1, seconds: SessionDefaults.coolDownWalkSeconds, rest: 0),
                         "Walk slowly around the room and let your breathing settle")
            }
            // Swings are counted one a second, each leg on its own; the rest are timed.
            var item = SessionItem(cardID: rawValue, name: name, unilateral: self == .legSwings, tempo: self == .legSwings ? .fast : .none,
                                   dose: dose, cue: cue)
            item.role = self == .walk ? .coolDown : .warmUp
            return item
        }
    }

    /// `plan` opened by the warm-up moves and closed by the cool-down, as today's safety allows them.
    /// A one-exercise session (a card practised on its own) and a stretch routine are left as they are;
    /// a plan already framed is not framed twice.
    public static func framed(_ plan: SessionPlan, catalog: Catalog, safety: SafetyDecision) -> SessionPlan {
        guard plan.kind == .strength, plan.items.count > 1, !plan.items.contains(where: isFraming) else { return plan }
        var framed = plan
        let lying = safety.allowance <= .nonWeightBearing
        framed.items = warmUpMoves(lying: lying) + plan.items + coolDown(catalog: catalog, safety: safety, lying: lying)
        return framed
    }

    /// The warm-up's moves before its activation: a minute of marching and counted leg swings, or leg
    /// circles lying down while nothing may be done standing.
    static func warmUpMoves(lying: Bool) -> [SessionItem] { lying ? lyingWarmUp : standingWarmUp }

    /// Made once: the plan times every draft of a session with them (`SessionTiming`).
    private static let standingWarmUp = warmUp([.march, .legSwings])
    private static let lyingWarmUp = warmUp([.lyingLegCircles])

    private static func warmUp(_ moves: [Move]) -> [SessionItem] {
        var items = moves.map(\.item)
        // Straight from one move into the next (a switch's seconds, not an exercise's set-up time).
        for i in items.indices.dropLast() { items[i].supersetWithNext = true }
        return items
    }

    /// The cool-down: an easy walk (not while nothing may be done standing) and the first two stretches
    /// of `SessionDefaults.coolDownStretches` that today's safety allows, held on each side.
    static func coolDown(catalog: Catalog, safety: SafetyDecision, lying: Bool) -> [SessionItem] {
        let stretches = SessionDefaults.coolDownStretches.compactMap { catalog.card(id: $0) }
            .filter { $0.kind == .stretch && safety.permits($0) }.prefix(2)
        let items = stretches.map { card -> SessionItem in
            var item = SessionItem(cardID: card.id, name: card.name, unilateral: card.unilateral, tempo: .none,
                                   dose: .hold(1, seconds: SessionDefaults.coolDownStretchSeconds, rest: 0),
                                   cue: card.cues.joined(separator: " · "),
                                   figure: card.figure.isEmpty ? nil : card.figure)
            item.repStart = card.repStart.stored
            item.role = .coolDown
            return item
        }
        return (lying ? [] : [Move.walk.item]) + items
    }

    /// A warm-up move or a cool-down item: timed and counted, but not training, so never logged.
    public static func isFraming(_ item: SessionItem) -> Bool {
        Move(rawValue: item.cardID) != nil || item.role == .coolDown
    }
}
