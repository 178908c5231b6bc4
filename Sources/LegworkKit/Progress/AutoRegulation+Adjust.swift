extension AutoRegulation {
    /// The plan with every session from `from` on adjusted to the training log: each item's decision
    /// (see `decide(for:card:sets:nextMorningPain:)`) applied to its dose or card, and its reason kept in
    /// `PlanItem.change` so the plan screen and the runner can say what changed and why.
    ///
    /// Past days stay as planned (they are history). Items whose exercise has no logged set and whose
    /// slot the block holds nothing for, or whose card is not in the catalog, are left untouched. Light
    /// sessions ease off the dose reached; a session's supersets name the exercises now in them.
    /// - Parameters:
    ///   - plan: the plan as generated from the profile.
    ///   - catalog: the cards (regression and progression ids, equipment for the load step, doses of a
    ///     swapped-in variant).
    ///   - sets: the logged sets, any exercises, any order.
    ///   - from: the first day to adjust, usually today.
    ///   - allowRises: false while the safety gate freezes doses (pain above 5/10, a warning sign,
    ///     progression paused): a decision to add load or take the harder variant holds instead.
    ///   - profile: the runner (their equipment and heaviest dumbbell): a harder or easier card they cannot
    ///     do is not picked, and a load past what they own becomes more reps instead. Nil: no such check.
    ///   - reached: what each slot reached, from the training block (`TrainingBlock.slots`): the log is
    ///     measured against that dose, and a slot the log moved to a harder or easier card keeps it (when
    ///     the runner can still do it); the calendar's dose is only a proposal.
    ///   - safety: today's safety decision: a variant it does not permit never comes in (nil: no check).
    public static func adjust(_ plan: Plan, catalog: Catalog, sets: [SetRecord], from: CalendarDate, allowRises: Bool = true,
                              profile: Profile? = nil, reached: [String: ReachedSlot] = [:], safety: SafetyDecision? = nil) -> Plan {
        // Every rule reads the last sessions of an exercise only: each long log is grouped once, not per item.
        // Each history's last sessions: the progression rules read the last `sessionsToProgress`, a frozen
        // dose the last of its own kind of work (`lastOfKind`).
        let recent = LogHistory.recent(sets, count: LogHistory.sessionsRead)
        guard !recent.isEmpty || !reached.isEmpty else { return plan }
        let selector = profile.map { ExerciseSelector(cards: catalog.cards, profile: $0) }
        // The dose each exercise was last given before `from`: what the log is measured against. The
        // calendar proposes the next dose; only the log moves it (DOMAIN §2, Training blocks).
        var lastGiven: [String: Dose] = [:]
        for day in plan.weeks.flatMap(\.days) where day.date < from {
            for item in day.session?.items ?? [] { lastGiven[item.cardID] = item.dose }
        }
        var adjusted = plan
        for w in adjusted.weeks.indices {
            for d in adjusted.weeks[w].days.indices where adjusted.weeks[w].days[d].date >= from {
                guard var session = adjusted.weeks[w].days[d].session else { continue }
                let context = ItemContext(recent: recent, lastGiven: lastGiven, reached: reached, catalog: catalog, profile: profile,
                                          selector: selector, allowRises: allowRises, light: session.light == true,
                                          jumpsAllowed: session.allowsJumps, safety: safety)
                session.items = session.items.map { adjustItem($0, context) }
                // The superset sentence names the exercise now after it (the log or the block may have put another card there).
                SupersetWords.write(&session.items)
                adjusted.weeks[w].days[d].session = session
            }
        }
        return adjusted
    }

    /// `plan` adjusted to the log for a runner's `capability`: the cards that count, what they own, and
    /// today's gate (rises only while it allows them; a variant it forbids never comes in).
    public static func adjust(_ plan: Plan, capability: Capability, sets: [SetRecord], from: CalendarDate,
                              reached: [String: ReachedSlot] = [:]) -> Plan {
        adjust(plan, catalog: capability.catalog, sets: sets, from: from, allowRises: capability.allowsRises, profile: capability.profile,
               reached: reached, safety: capability.safety)
    }

    /// `decision` within what the runner owns: a harder card that needs equipment they lack holds
    /// instead; an easier one they cannot do becomes fewer sets of the same card; a load past their
    /// heaviest dumbbell or loaded backpack (`OwnedLoad.cap`) holds the weight and adds reps, and a weight
    /// held is never more than that heaviest one (DOMAIN §2: loads the runner owns).
    static func owned(_ decision: DoseDecision, card: ExerciseCard, profile: Profile, selector: ExerciseSelector,
                      catalog: Catalog) -> DoseDecision {
        var decision = decision
        switch decision.change {
        case let .progress(to: id):
            if let variant = catalog.card(id: id), !selector.isDoable(variant) {
                decision.change = .hold
                decision.reason = .variantNeedsEquipment(variant.name)
            }
        case let .regress(to: id):
            if let variant = catalog.card(id: id), !selector.isDoable(variant) {
                decision.reduceInstead()
            }
        case let .addLoad(from, to):
            if let (tool, heaviest) = OwnedLoad.cap(card, selector: selector), to > heaviest {
                decision.change = .hold
                // What was done, within what the runner owns now: a heavier weight logged before the
                // profile said otherwise is not asked again.
                decision.nextLoadKg = min(from, heaviest)
                decision.reason = .heaviestOwned(tool, kg: heaviest, profile.units)
            }
        case .hold, .reduce:
            if let kg = decision.nextLoadKg, let (_, heaviest) = OwnedLoad.cap(card, selector: selector), kg > heaviest {
                decision.nextLoadKg = heaviest
            }
        }
        return decision
    }

    /// `a` asks for more than `b`: more sets, reps or seconds.
    static func exceeds(_ a: Dose, _ b: Dose) -> Bool {
        if a.sets > b.sets { return true }
        switch (a.work, b.work) {
        case let (.reps(x), .reps(y)): return x.upperBound > y.upperBound
        case let (.seconds(x), .seconds(y)): return x > y
        default: return false
        }
    }

    /// `item` after `decision`: the load in kilograms when one is known, one set fewer on `.reduce`, the
    /// other variant's card on `.progress`/`.regress` (when the catalog has it), and the reason.
    public static func apply(_ decision: DoseDecision, to item: PlanItem, catalog: Catalog, fromSession: Int64? = nil) -> PlanItem {
        var item = item
        item.reason = decision.reason
        item.step = LogStep(decision.change, fromSession: fromSession)
        switch decision.change {
        case .hold, .addLoad:
            if let kg = decision.nextLoadKg, kg > 0 { item.dose.load = .kilograms(kg) }
        case .reduce:
            item.dose.sets = max(1, item.dose.sets - 1)
            // Eased for pain or a worse morning: for today, not the working dose the slot keeps.
            item.eased = true
        case let .progress(to: id), let .regress(to: id):
            guard let variant = catalog.card(id: id) else { break }
            item.become(variant)
            // The other card keeps the session's sets at most, so the session keeps its minutes.
            if var dose = variantDose(variant, sets: item.dose.sets) {
                dose.sets = min(dose.sets, item.dose.sets)
                // One step easier is never more reps or seconds than the dose it eases (DOMAIN §3).
                if case .regress = decision.change { dose.work = SafetyDecision.noMoreThan(dose.work, item.dose.work) }
                item.dose = dose
            }
        }
        return item
    }

    /// The variant's own dose at the level with the same number of sets (the closest thing to the
    /// runner's level an item carries), else at its easiest level.
    static func variantDose(_ card: ExerciseCard, sets: Int) -> Dose? {
        let doses = card.levels.compactMap { card.dose[$0] }
        return doses.first { $0.sets == sets } ?? doses.first
    }
}
