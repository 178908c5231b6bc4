import Foundation

/// Rule: which card fills a slot, for this runner (DOMAIN.md §2: the four qualities, injuries, equipment
/// and level).
///
/// Candidates are the scored strength, core and power cards the runner's level has a dose for (so a
/// beginner never gets a card without a beginner dose), minus what safety blocks. They are ranked by the
/// qualities the goal weighs most and by the injuries they serve. A runner is only ever given a card they
/// can do with their equipment ("missing equipment → the regression id"), in this order:
/// 1. the best card for the slot that the runner can do;
/// 2. else down the regression chain of the preferred cards to the first card the runner can do, even if
///    it does less of the slot's job (the why and the note say so);
/// 3. else any other card doing the slot's job loosely;
/// 4. else nothing: the slot is dropped with a notice.
/// A card "can be done" when every item it requires is at hand, or has a written substitute made of
/// household things only (`SubstituteNeeds`); a substitute naming other equipment never counts.
struct ExerciseSelector {
    /// How the chosen card came to be chosen; it feeds the why, the note and the warnings.
    enum Origin: Equatable {
        case direct
        /// The regression of `of`, which needs equipment the runner does not have; it still does the slot's job.
        case regression(of: ExerciseCard, missing: [Equipment])
        /// The regression of `of` (which needs `missing`), the first the runner can do, although it does
        /// less of the slot's job than the slot asks.
        case weakerRegression(of: ExerciseCard, missing: [Equipment])
        /// No card fits the slot properly; this is the closest.
        case relaxed

        /// The origin by the cards' ids (a card is known by its id within a catalog): to look up by.
        struct Key: Hashable, Sendable {
            let kind: Int
            let of: String?
            let missing: [Equipment]
        }

        var key: Key {
            switch self {
            case .direct: Key(kind: 0, of: nil, missing: [])
            case let .regression(of, missing): Key(kind: 1, of: of.id, missing: missing)
            case let .weakerRegression(of, missing): Key(kind: 2, of: of.id, missing: missing)
            case .relaxed: Key(kind: 3, of: nil, missing: [])
            }
        }
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

    /// The runner's equipment, what stands in for it (a kettlebell loads what a dumbbell loads) and the
    /// household items every runner has (DOMAIN.md §1: a wall, a chair, a towel, a pillow, a backpack).
    let available: Set<Equipment>
    /// What this selector has already worked out; every input above is fixed at `init`, so an answer
    /// never changes, and copies of the selector share it.
    let memo = Memo()

    init(cards: [ExerciseCard], profile: Profile) {
        self.profile = profile
        var byID: [String: ExerciseCard] = [:]
        for card in cards where byID[card.id] == nil { byID[card.id] = card }
        self.byID = byID
        self.allCards = cards
        self.planCards = cards.filter { $0.qualities != nil && $0.kind != .stretch && $0.protocolNotes == nil }
        self.available = profile.equipment.union(profile.equipment.flatMap { PlanConstants.equivalentEquipment[$0] ?? [] })
            .union(PlanConstants.householdEquipment)
        self.weights = Self.weights(for: profile)
    }

    // MARK: - Equipment and level

    /// Whether the runner owns `item` (or its equivalent) rather than making do with a household stand-in.
    func owns(_ item: Equipment) -> Bool {
        profile.equipment.contains(item) || (PlanConstants.equivalentEquipment[item] ?? []).contains(where: profile.equipment.contains)
    }

    /// Required items the runner does not have (nor an equivalent of).
    func missing(_ card: ExerciseCard) -> [Equipment] {
        let have = available
        return card.equipment.required.filter { !have.contains($0) && !(PlanConstants.equivalentEquipment[$0] ?? []).contains(where: have.contains) }
    }

    /// The alternative of `card`'s written substitute for `item` that needs nothing the runner lacks
    /// ("a loaded backpack" of "a kettlebell or a loaded backpack" for a runner without a kettlebell).
    /// When every alternative is usable the whole text is kept ("a carpet or a folded blanket").
    func usableSubstitute(_ card: ExerciseCard, for item: Equipment) -> String? {
        guard let text = card.equipment.substitutes[item.rawValue] else { return nil }
        return SubstituteNeeds.usablePart(of: text, with: available)
    }

    /// Whether the runner can do `card`: every required item is at hand or has a household substitute.
    /// Body-weight cards always can. Worked out once per card (`Memo`): a plan asks it of every candidate
    /// in every draft of every session.
    func isDoable(_ card: ExerciseCard) -> Bool {
        memo.doable(card) { missing(card).allSatisfy { usableSubstitute(card, for: $0) != nil } }
    }

    /// How to do `card` without the items the runner lacks ("No mat: a carpet or a folded blanket."): one
    /// sentence per missing item, empty when nothing is missing. Only substitutes that need nothing the
    /// runner lacks are named; items without one are left out (such a card is not doable anyway).
    /// A household item the runner did not list (a chair for a bench) is named the same way.
    /// Once per card's needs (`Memo`): every session's words ask it of each card again.
    func standIns(_ card: ExerciseCard) -> [String] {
        memo.standIns(card) { sentences(standingIn: card) }
    }

    private func sentences(standingIn card: ExerciseCard) -> [String] {
        card.equipment.required.filter { !owns($0) }.compactMap { item in
            usableSubstitute(card, for: item).map { text in
                // "bench, knee height" (one alternative of a longer text) reads as "a bench, knee height".
                let article = SubstituteNeeds.startsWithArticle(text) ? "" : "a "
                return "No \(item.title): \(article)\(text)."
            }
        }
    }

    func fitsLevel(_ card: ExerciseCard) -> Bool { card.dose[profile.level] != nil }

    /// Whether the runner can add weight to `card`: it takes a load (dumbbells, kettlebell, backpack, trap
    /// bar) that the runner has, or it needs one anyway. Body-weight moves progress by variant instead.
    /// A load the runner lacks counts when the card's substitute for it is at hand (a loaded backpack).
    func canLoad(_ card: ExerciseCard) -> Bool {
        if card.equipment.required.contains(where: Self.loads.contains) { return true }
        return card.equipment.optional.contains { Self.loads.contains($0) && (available.contains($0) || usableSubstitute(card, for: $0) != nil) }
    }

    private static let loads: Set<Equipment> = [.dumbbells, .kettlebell, .backpack, .trapBar]

    /// The card's load text in terms of what the runner owns: "heavier dumbbells; add load to progress"
    /// becomes "a loaded backpack; add load to progress" for a runner without dumbbells. Text naming no
    /// dumbbell, or a runner who has them, is kept.
    func ownLoad(_ load: Load?, for card: ExerciseCard) -> Load? {
        guard var load, case let .described(words, demand) = load.kind, demand.namesDumbbell, !owns(.dumbbells) else { return load }
        // Words in, words out: which clause names the dumbbell is the words' business, not a rule's. Once per
        // card's words and needs (`Memo`): every draft of every session asks.
        let owned = memo.ownedWords(words, card.equipment) {
            words.split(separator: ";", omittingEmptySubsequences: false).enumerated().map { index, part in
                part.mentionsIgnoringCase("dumbbell") ? (index == 0 ? "" : " ") + loadWords(card) : String(part)
            }.joined(separator: ";")
        }
        // What the words ask for stays as the card asked it: only the tool changes.
        load.kind = .described(owned, LoadDemand(weight: demand.weight, asksForMore: demand.asksForMore, namesDumbbell: false))
        return load
    }

    /// What the runner loads `card` with, in words, from what they own: "dumbbells", "a kettlebell", else
    /// the card's household substitute or a loaded backpack.
    func loadWords(_ card: ExerciseCard) -> String {
        if owns(.dumbbells) { return profile.equipment.contains(.dumbbells) ? "dumbbells" : "a kettlebell" }
        return usableSubstitute(card, for: .dumbbells) ?? "a loaded backpack"
    }

    // MARK: - Ranking

    /// Weight of each quality for the goal: what this runner needs most (kept: every score reads it).
    let weights: [Quality: Int]

    private static func weights(for profile: Profile) -> [Quality: Int] {
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
        total += InjuryModule.bonus(card, for: slot, profile: profile)
        // The source's top five foundation exercises come first where they fit (DOMAIN.md, top five).
        if PlanConstants.foundationExercises.contains(card.id) { total += PlanConstants.foundationBonus }
        switch slot {
        case .heavyLift: total += card.score(.loadTolerance) * 30
        // Calf work starts on two feet for a beginner and moves to one leg as its harder variant.
        case .calf where profile.level == .beginner: total -= card.score(.singleLeg) * 40
        case .calf: total += card.score(.loadTolerance) * 10
        // Half and marathon runners need carries (DOMAIN.md §2, Goals): the core slot prefers one.
        case .core where profile.raceDistance?.isLong == true && SlotCriteria.isCarry(card): total += 40
        case .plyometric:
            // The easiest jump first, for every level (DOMAIN §2, pr_speed: pogo hops → single-leg hop →
            // bound): the progression moves on from there, and a later block starts from the jump its
            // slot reached (`TrainingBlock.slots`), never from a first-week single-leg hop.
            total -= plyoDepth(card) * 100
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
        // The slot's cards are ranked once per selector (`Memo`), then filtered by what is allowed: the
        // order is total (score, then id), so the filtered ranking is the ranking of the filtered cards.
        memo.ranking(slot, relaxed: relaxed) {
            // Each card scored once, not at every comparison of the sort.
            planCards.filter { fitsLevel($0) && SlotCriteria.fits($0, slot, relaxed: relaxed) }
                .map { (card: $0, score: score($0, for: slot)) }
                .sorted { (-$0.score, $0.card.id) < (-$1.score, $1.card.id) }
                .map(\.card)
        }.filter(allowed)
    }

    // MARK: - Choosing

    /// The options for `slot` in preference order (see the type's doc for the order); every option is a
    /// card the runner can do. `allowed` says what safety and the session permit (not yet used in the
    /// session, plyo not blocked…). Empty when nothing at all fits: the slot is dropped.
    func options(for slot: PlanSlot, allowed: (ExerciseCard) -> Bool) -> [Choice] {
        func usable(_ card: ExerciseCard) -> Bool { fitsLevel(card) && allowed(card) && isDoable(card) }
        func strict(_ card: ExerciseCard) -> Bool { usable(card) && SlotCriteria.fits(card, slot, relaxed: false) }
        let candidates = ranked(slot, allowed: allowed)

        // 1. Cards doing the slot's job, best first; one the runner cannot do gives way to the first
        //    regression that can be done and still does the job.
        var choices: [Choice] = []
        for card in candidates {
            if isDoable(card) {
                append(Choice(card: card, origin: .direct), to: &choices)
            } else if let easier = regression(of: card, where: strict) {
                append(Choice(card: easier, origin: .regression(of: card, missing: missing(card))), to: &choices)
            }
        }
        if !choices.isEmpty { return choices }

        // 2. Down the regression chains of the preferred cards to the first card the runner can do, even one
        //    doing less of the job. A chain card that still does the job loosely beats one that does not
        //    (a split squat rather than a two-legged bridge for a single-leg slot).
        for card in candidates {
            if let easier = regression(of: card, where: usable) {
                append(Choice(card: easier, origin: .weakerRegression(of: card, missing: missing(card))), to: &choices)
            }
        }
        let loose = choices.filter { SlotCriteria.fits($0.card, slot, relaxed: true) }
        if !loose.isEmpty { return loose }
        if !choices.isEmpty { return choices }

        // 3. Any card doing the slot's job loosely.
        return ranked(slot, relaxed: true, allowed: usable).map { Choice(card: $0, origin: .relaxed) }
    }

    /// The best card for `slot` the runner's level allows and `allowed` permits, but whose equipment the
    /// runner lacks: what a dropped slot's notice names.
    func bestOutOfReach(for slot: PlanSlot, allowed: (ExerciseCard) -> Bool) -> ExerciseCard? {
        (ranked(slot, allowed: allowed) + ranked(slot, relaxed: true, allowed: allowed)).first { !isDoable($0) }
    }

    /// The first card down `card`'s regression chain that the runner can do and that `fits`, if any.
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
        // Lists of a few muscles: searched as they are, without building sets at every question.
        let primary = card.muscles.primary
        let all = card.muscles.all
        func names(_ muscles: [Muscle], any wanted: Set<Muscle>) -> Bool { muscles.contains(where: wanted.contains) }
        switch slot {
        case .gluteMed:
            // A genuine glute-med exercise works it as a prime mover, never only as a helper.
            return relaxed ? primary.contains(.gluteMed) && card.kind != .power
                : card.kind == .strength && primary.contains(.gluteMed) && card.score(.loadTolerance) <= 1
        case .plyometric:
            return card.kind == .power
        case .heavyLift:
            let moves = card.kind == .strength && !card.unilateral && names(primary, any: legMuscles) && card.tempo != .isometric
            return moves && card.score(.loadTolerance) >= (relaxed ? 1 : 2)
        case .singleLegMain:
            return card.kind == .strength && card.unilateral && names(primary, any: legMuscles)
                && card.score(.singleLeg) >= (relaxed ? 2 : 3)
        case .singleLegSecond:
            return card.kind == .strength && card.unilateral && names(primary, any: legMuscles)
                && card.score(.singleLeg) >= (relaxed ? 1 : 2)
        case .calf:
            return card.kind == .strength && names(relaxed ? all : primary, any: calfMuscles)
        case .carry:
            return relaxed ? card.kind == .core && card.score(.loadTolerance) >= 2 : isCarry(card)
        case .core:
            return relaxed ? names(all, any: [.core, .obliques]) && card.kind != .power : card.kind == .core
        }
    }

    /// A loaded carry, as its card says (`pattern`): read from the card's value, never from its name.
    static func isCarry(_ card: ExerciseCard) -> Bool { card.pattern == .carry }
}

extension ExerciseSelector {
    /// The answers of a selector that do not depend on the session asking: each slot's ranking and
    /// whether each card can be done. A plan of 20 weeks asked them hundreds of times, about a third of
    /// drafting a session. Locked, as a selector may be read from more than one thread.
    final class Memo: Sendable {
        private struct RankingKey: Hashable, Sendable { var slot: PlanSlot; var relaxed: Bool }
        private struct WordsKey: Hashable, Sendable { var words: String; var needs: EquipmentNeeds }
        private let rankings = LegworkKit.Memo<RankingKey, [ExerciseCard]>()
        /// By what the card needs, all that decides it (two cards alike in that share the answer).
        private let doable = LegworkKit.Memo<EquipmentNeeds, Bool>()
        /// What loads a card (`OwnedLoad.tool`), by what the card needs, all that decides it.
        private let tools = LegworkKit.Memo<EquipmentNeeds, LoadTool?>()
        /// A card's load words in terms of what the runner owns (`ownLoad`), by the words and what the card needs.
        private let owned = LegworkKit.Memo<WordsKey, String>()
        /// The sentences on what stands in for missing gear (`standIns`), by what the card needs.
        private let standIns = LegworkKit.Memo<EquipmentNeeds, [String]>()

        func ranking(_ slot: PlanSlot, relaxed: Bool, make: () -> [ExerciseCard]) -> [ExerciseCard] {
            rankings.value(for: RankingKey(slot: slot, relaxed: relaxed), make)
        }

        func doable(_ card: ExerciseCard, make: () -> Bool) -> Bool { doable.value(for: card.equipment, make) }

        func tool(_ card: ExerciseCard, make: () -> LoadTool?) -> LoadTool? { tools.value(for: card.equipment, make) }

        func standIns(_ card: ExerciseCard, make: () -> [String]) -> [String] { standIns.value(for: card.equipment, make) }

        func ownedWords(_ words: String, _ needs: EquipmentNeeds, make: () -> String) -> String {
            owned.value(for: WordsKey(words: words, needs: needs), make)
        }
    }
}
