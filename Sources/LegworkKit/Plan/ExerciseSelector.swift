/// Rule: which card fills a slot, for this runner (DOMAIN.md §2: the four qualities, injuries, equipment
/// and level).
///
/// Candidates are the scored strength, core and power cards the runner's level has a dose for (so a
/// beginner never gets a card without a beginner dose), minus what safety blocks. They are ranked by the
/// qualities the goal weighs most and by the injuries they serve. A candidate whose equipment is missing
/// gives way to its regression chain ("missing equipment → the regression id"); when nothing fits, a
/// card whose missing items have written substitutes is used, and last a weaker exercise of the same
/// kind, with a warning.
struct ExerciseSelector {
    /// How the chosen card came to be chosen; it feeds the why and the warnings.
    enum Origin: Equatable {
        case direct
        /// The regression of `of`, which needs equipment the runner does not have.
        case regression(of: ExerciseCard, missing: [Equipment])
        /// The card itself, with substitutes (in words) for the missing equipment.
        case substitute(missing: [Equipment], notes: [String])
        /// No card fits the slot properly; this is the closest.
        case relaxed
    }

    struct Choice: Equatable {
        var card: ExerciseCard
        var origin: Origin
    }

    let profile: Profile
    let byID: [String: ExerciseCard]
    /// Every card, in catalog order (injury modules also use protocol cards and stretches).
    let allCards: [ExerciseCard]
    /// Scored, non-protocol strength/core/power cards in catalog order.
    let planCards: [ExerciseCard]

    init(cards: [ExerciseCard], profile: Profile) {
        self.profile = profile
        var byID: [String: ExerciseCard] = [:]
        for card in cards where byID[card.id] == nil { byID[card.id] = card }
        self.byID = byID
        self.allCards = cards
        self.planCards = cards.filter { $0.qualities != nil && $0.kind != .stretch && $0.protocolNotes == nil }
    }

    // MARK: - Equipment and level

    private var available: Set<Equipment> {
        profile.equipment.union(profile.equipment.flatMap { PlanConstants.equivalentEquipment[$0] ?? [] })
    }

    /// Required items the runner does not have (nor an equivalent of).
    func missing(_ card: ExerciseCard) -> [Equipment] {
        let have = available
        return card.equipment.required.filter { !have.contains($0) && !(PlanConstants.equivalentEquipment[$0] ?? []).contains(where: have.contains) }
    }

    func isDoable(_ card: ExerciseCard) -> Bool { missing(card).isEmpty }

    /// The substitute texts for every missing item, or nil when one has none.
    func substitutes(_ card: ExerciseCard) -> [String]? {
        var notes: [String] = []
        for item in missing(card) {
            guard let text = card.equipment.substitutes[item.rawValue] else { return nil }
            notes.append("No \(item.title): \(text).")
        }
        return notes
    }

    func fitsLevel(_ card: ExerciseCard) -> Bool { card.dose[profile.level] != nil }

    /// Whether the runner can add weight to `card`: it takes a load (dumbbells, kettlebell, backpack, trap
    /// bar) that the runner has, or it needs one anyway. Body-weight moves progress by variant instead.
    func canLoad(_ card: ExerciseCard) -> Bool {
        let loads: Set<Equipment> = [.dumbbells, .kettlebell, .backpack, .trapBar]
        if !Set(card.equipment.required).isDisjoint(with: loads) { return true }
        return !Set(card.equipment.optional).intersection(loads).isDisjoint(with: available)
    }

    // MARK: - Ranking

    /// Weight of each quality for the goal: what this runner needs most.
    var weights: [Quality: Int] {
        switch profile.goal {
        case .first5k: [.singleLeg: 1, .jointControl: 2, .loadTolerance: 1, .carryover: 1]
        case .stamina: [.singleLeg: 2, .jointControl: 2, .loadTolerance: 1, .carryover: 1]
        case .race where profile.raceDistance?.isLong == true:
            [.singleLeg: 2, .jointControl: 1, .loadTolerance: 2, .carryover: 1]
        case .race: [.singleLeg: 2, .jointControl: 1, .loadTolerance: 1, .carryover: 2]
        case .pr: [.singleLeg: 1, .jointControl: 1, .loadTolerance: 2, .carryover: 3]
        case .painFree: [.singleLeg: 1, .jointControl: 3, .loadTolerance: 1, .carryover: 0]
        }
    }

    /// The runner's injuries this card serves.
    func servedInjuries(_ card: ExerciseCard) -> [InjuryStatus] {
        profile.injuries.filter { card.injuries.contains($0.injury) }
    }

    func score(_ card: ExerciseCard, for slot: PlanSlot) -> Int {
        var total = Quality.allCases.reduce(0) { $0 + (weights[$1] ?? 0) * card.score($1) * 10 }
        total += servedInjuries(card).reduce(0) { $0 + ($1.isCurrent ? 60 : 30) }
        switch slot {
        case .heavyLift: total += card.score(.loadTolerance) * 30
        case .calf: total += card.score(.loadTolerance) * 10
        // Half and marathon runners need carries (DOMAIN.md §2, Goals): the core slot prefers one.
        case .core where profile.raceDistance?.isLong == true && SlotCriteria.isCarry(card): total += 40
        case .plyometric:
            // Easiest jump first for beginners and intermediates, one step up for advanced runners.
            let target = profile.level == .advanced ? 1 : 0
            total -= abs(plyoDepth(card) - target) * 100
        default: break
        }
        return total
    }

    /// Position in the jump progression (pogo 0 → single-leg hop 1 → bound 2): how many power cards
    /// progress into this one.
    func plyoDepth(_ card: ExerciseCard) -> Int {
        var depth = 0
        var current = card
        var seen: Set<String> = [card.id]
        while let parent = planCards.first(where: { $0.kind == .power && $0.progression == current.id }), seen.insert(parent.id).inserted {
            depth += 1
            current = parent
        }
        return depth
    }

    /// Cards fitting `slot` (strictly or, when `relaxed`, loosely), best first; ties by id.
    func ranked(_ slot: PlanSlot, relaxed: Bool = false, allowed: (ExerciseCard) -> Bool) -> [ExerciseCard] {
        planCards.filter { fitsLevel($0) && allowed($0) && SlotCriteria.fits($0, slot, relaxed: relaxed) }
            .sorted { (-score($0, for: slot), $0.id) < (-score($1, for: slot), $1.id) }
    }

    // MARK: - Choosing

    /// The options for `slot` in preference order. `allowed` says what safety and the session permit
    /// (not yet used in the session, plyo not blocked…).
    func options(for slot: PlanSlot, allowed: (ExerciseCard) -> Bool) -> [Choice] {
        for relaxed in [false, true] {
            let fits = { (card: ExerciseCard) in self.fitsLevel(card) && allowed(card) && SlotCriteria.fits(card, slot, relaxed: relaxed) }
            let candidates = ranked(slot, relaxed: relaxed, allowed: allowed)
            var choices: [Choice] = []
            for card in candidates {
                if isDoable(card) {
                    append(Choice(card: card, origin: relaxed ? .relaxed : .direct), to: &choices)
                } else if let easier = regression(of: card, where: fits) {
                    append(Choice(card: easier, origin: relaxed ? .relaxed : .regression(of: card, missing: missing(card))), to: &choices)
                }
            }
            if choices.isEmpty {
                // Fewest stand-ins first: a stair for a step beats a chair and a backpack for a bench and dumbbells.
                let byMissing = candidates.enumerated().sorted { ($0.element.missingCount(self), $0.offset) < ($1.element.missingCount(self), $1.offset) }
                for card in byMissing.map(\.element) {
                    if let notes = substitutes(card) {
                        append(Choice(card: card, origin: relaxed ? .relaxed : .substitute(missing: missing(card), notes: notes)), to: &choices)
                    }
                }
            }
            if !choices.isEmpty { return choices }
        }
        return []
    }

    /// The first doable card down `card`'s regression chain that still fits, if any.
    func regression(of card: ExerciseCard, where fits: (ExerciseCard) -> Bool) -> ExerciseCard? {
        var seen: Set<String> = [card.id]
        var next = card.regression.flatMap { byID[$0] }
        while let candidate = next, seen.insert(candidate.id).inserted {
            if isDoable(candidate) && fits(candidate) { return candidate }
            next = candidate.regression.flatMap { byID[$0] }
        }
        return nil
    }

    /// The card one step easier than `card` that the runner can do (pain above 5/10), if any.
    func oneStepEasier(_ card: ExerciseCard) -> ExerciseCard? {
        guard let easier = card.regression.flatMap({ byID[$0] }), fitsLevel(easier), isDoable(easier) else { return nil }
        return easier
    }

    /// The harder variant of `card` the runner is ready for, if any (progression by variant).
    func harderVariant(_ card: ExerciseCard, allowed: (ExerciseCard) -> Bool) -> ExerciseCard? {
        guard let harder = card.progression.flatMap({ byID[$0] }), harder.qualities != nil, fitsLevel(harder),
              isDoable(harder), allowed(harder) else { return nil }
        return harder
    }

    private func append(_ choice: Choice, to choices: inout [Choice]) {
        if !choices.contains(where: { $0.card.id == choice.card.id }) { choices.append(choice) }
    }
}

/// What kind of card each slot takes. Strict criteria first; the relaxed ones only when nothing strict
/// can be done with the runner's equipment.
enum SlotCriteria {
    private static let legMuscles: Set<Muscle> = [.gluteMax, .quads, .hamstrings]
    private static let calfMuscles: Set<Muscle> = [.calves, .soleus]

    static func fits(_ card: ExerciseCard, _ slot: PlanSlot, relaxed: Bool) -> Bool {
        let primary = Set(card.muscles.primary)
        let all = Set(card.muscles.all)
        switch slot {
        case .gluteMed:
            return relaxed ? all.contains(.gluteMed) && card.kind != .power
                : card.kind == .strength && primary.contains(.gluteMed) && card.score(.loadTolerance) <= 1
        case .plyometric:
            return card.kind == .power
        case .heavyLift:
            let moves = card.kind == .strength && !card.unilateral && !primary.isDisjoint(with: legMuscles) && card.tempo != .isometric
            return moves && card.score(.loadTolerance) >= (relaxed ? 1 : 2)
        case .singleLegMain:
            return card.kind == .strength && card.unilateral && !primary.isDisjoint(with: legMuscles)
                && card.score(.singleLeg) >= (relaxed ? 2 : 3)
        case .singleLegSecond:
            return card.kind == .strength && card.unilateral && !primary.isDisjoint(with: legMuscles)
                && card.score(.singleLeg) >= (relaxed ? 1 : 2)
        case .calf:
            return card.kind == .strength && !(relaxed ? all : primary).isDisjoint(with: calfMuscles)
        case .carry:
            return relaxed ? card.kind == .core && card.score(.loadTolerance) >= 2 : isCarry(card)
        case .core:
            return relaxed ? !all.isDisjoint(with: [.core, .obliques]) && card.kind != .power : card.kind == .core
        }
    }

    /// Loaded carries are not a vocabulary word: they are recognised by name.
    static func isCarry(_ card: ExerciseCard) -> Bool {
        ([card.id, card.name] + card.aliases).contains { $0.lowercased().contains("carry") }
    }
}

private extension ExerciseCard {
    func missingCount(_ selector: ExerciseSelector) -> Int { selector.missing(self).count }
}
