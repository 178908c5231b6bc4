/// Rule: a load moves by the runner's real increments (DOMAIN §2 Progression; issue #24). A pair of fixed
/// dumbbells goes up by 2 kg (1 kg a hand) or 5 lb; a backpack by 1 kg (a litre bottle of water) or 2 lb;
/// a trap bar by its smallest plate pair (2.5 kg or 5 lb); kettlebells in kilograms jump 4 kg, in pounds
/// 5 lb. The same value steps the rest screen's `+`/`-` on a load and rounds the log's "add load" proposal.
public struct LoadIncrement: Hashable, Sendable {
    /// What carries the load.
    public enum Gear: String, CaseIterable, Sendable {
        case trapBar, dumbbells, kettlebell, backpack, other
    }

    /// The step of each gear in kilograms and in pounds [conv].
    public static let steps: [Gear: (kg: Double, lb: Double)] = [
        .trapBar: (2.5, 5), .dumbbells: (2, 5), .kettlebell: (4, 5), .backpack: (1, 2), .other: (1, 2),
    ]

    public let gear: Gear
    public let unit: LoadUnit

    public init(_ gear: Gear, unit: LoadUnit) { self.gear = gear; self.unit = unit }

    /// The step in `unit`.
    public var amount: Double {
        let step = Self.steps[gear] ?? (1, 2)
        return unit == .kg ? step.kg : step.lb
    }

    /// The step in kilograms.
    public var kilograms: Double { unit.kilograms(amount) }

    /// What loads `card` for a runner who owns `owned`: of the gear the card takes, in the order a heavier
    /// step wins (trap bar, dumbbells, kettlebell, backpack), the first the runner owns (a backpack is a
    /// household item everyone has, DOMAIN §1), else the first the card takes; `other` for none of them.
    public static func gear(of card: ExerciseCard, owned: Set<Equipment>) -> Gear {
        let takes = Set(card.equipment.required + card.equipment.optional)
        // A substitute's words are read by the one reader of them (`SubstituteNeeds`), as the plan reads them.
        let byDumbbell = takes.contains(.dumbbells) || card.equipment.substitutes.values.contains { SubstituteNeeds.read($0).equipment.contains(.dumbbells) }
        let candidates: [(Gear, Equipment)] = [(.trapBar, .trapBar), (.dumbbells, .dumbbells), (.kettlebell, .kettlebell), (.backpack, .backpack)]
            .filter { $0.1 == .dumbbells ? byDumbbell : takes.contains($0.1) }
        let has = owned.union([.backpack])
        return (candidates.first { has.contains($0.1) } ?? candidates.first)?.0 ?? .other
    }

    /// The increment of `card` for a runner with `profile`'s equipment and unit: what the plan loads it
    /// with (`OwnedLoad`: their dumbbells, or a kettlebell standing in for them, else their backpack),
    /// a trap bar they own first, else the card's own gear (`gear(of:owned:)`).
    public static func of(_ card: ExerciseCard, profile: Profile) -> LoadIncrement {
        of(card, selector: ExerciseSelector(cards: [card], profile: profile))
    }

    /// `of(_:profile:)` with the selector of the runner's profile that a plan's stage already holds (its
    /// answers are kept for the whole stage, where a new selector starts empty for every card).
    static func of(_ card: ExerciseCard, selector: ExerciseSelector) -> LoadIncrement {
        let profile = selector.profile
        let owned = profile.equipment
        let takes = Set(card.equipment.required + card.equipment.optional)
        let chosen: Gear
        if takes.contains(.trapBar), owned.contains(.trapBar) {
            chosen = .trapBar
        } else {
            switch OwnedLoad.tool(card, selector: selector) {
            case .dumbbells: chosen = owned.contains(.dumbbells) || !owned.contains(.kettlebell) ? .dumbbells : .kettlebell
            case .backpack: chosen = .backpack
            case nil: chosen = gear(of: card, owned: owned)
            }
        }
        return LoadIncrement(chosen, unit: profile.units)
    }

    /// `kilograms` moved by `count` steps onto the unit's grid (a load between two steps goes to the next
    /// one up or down), never below zero; nil for no load (body weight).
    public func stepped(_ kilograms: Double?, by count: Int) -> Double? {
        let current = unit.amount(ofKilograms: kilograms ?? 0), step = amount
        guard count != 0 else { return kilograms }
        let base = count > 0 ? (current / step + 1e-6).rounded(.down) : (current / step - 1e-6).rounded(.up)
        let next = max(0, (base + Double(count)) * step)
        return next > 0 ? unit.kilograms(next) : nil
    }

    /// The next load after `kilograms`: at least +2.5 %, at most +5 %, on this increment's grid in the
    /// runner's unit (`AutoRegulation.nextLoad`); when no step falls in that band, one step up.
    public func next(after kilograms: Double) -> Double {
        unit.kilograms(AutoRegulation.nextLoad(after: unit.amount(ofKilograms: kilograms), incrementKg: amount))
    }
}
