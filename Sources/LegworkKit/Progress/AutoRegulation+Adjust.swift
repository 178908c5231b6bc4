extension AutoRegulation {
    /// The plan with every session from `from` on adjusted to the training log: each item's decision
    /// (see `decide(for:card:sets:nextMorningPain:)`) applied to its dose or card, and its reason kept in
    /// `PlanItem.change` so the plan screen and the runner can say what changed and why.
    ///
    /// Past days stay as planned (they are history). Items whose exercise has no logged set, or whose
    /// card is not in the catalog, are left untouched.
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
    public static func adjust(_ plan: Plan, catalog: Catalog, sets: [SetRecord], from: CalendarDate, allowRises: Bool = true,
                              profile: Profile? = nil, reached: [String: ReachedSlot] = [:]) -> Plan {
        let byExercise = Dictionary(grouping: sets, by: \.exerciseID)
        guard !byExercise.isEmpty || !reached.isEmpty else { return plan }
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
                let light = session.light == true
                session.items = session.items.map { planned in
                    // The warm-up is a fixed few minutes, not a dose that progresses with the log.
                    guard planned.role != .warmUp else { return planned }
                    var item = planned
                    var given = lastGiven[item.cardID]
                    var keptChange: String?
                    if let slot = item.slot, let kept = keptSlot(slot, for: item, in: reached),
                       let resumed = resume(kept, in: item, catalog: catalog, profile: profile, selector: selector,
                                            allowRises: allowRises, light: light) {
                        item = resumed
                        given = kept.dose
                        keptChange = kept.change
                        // A card the log moved to and has not logged yet keeps the words of that move.
                        if byExercise[item.cardID] == nil && !light { return item }
                    }
                    if light {
                        // A light week eases off the dose reached; the log moves doses in the usual weeks, and
                        // is not judged against the light week's effort. Only pain still makes it easier.
                        if let logged = byExercise[item.cardID], let card = catalog.card(id: item.cardID) {
                            var decided = item
                            if let given { decided.dose = given }
                            let decision = decide(for: decided, card: card, sets: logged)
                            switch decision.change {
                            case .regress, .reduce: return apply(decision, to: item, catalog: catalog)
                            case .hold, .addLoad, .progress: break
                            }
                        }
                        if let given, exceeds(given, item.dose) {
                            item.change = "light week: about half of \(given.summary), the dose you reached"
                        } else if keptChange != nil {
                            item.change = nil
                        }
                        return item
                    }
                    guard let logged = byExercise[item.cardID], let card = catalog.card(id: item.cardID) else { return item }
                    var decided = item
                    if let given { decided.dose = given }
                    var decision = decide(for: decided, card: card, sets: logged)
                    // The top of the range twice with nothing heavier to take and no harder card: the
                    // calendar's next step (reps, a set, a slower lowering) is what the log earned.
                    let earned = allowRises && decision.change == .hold && reachedTopTwice(logged, dose: decided.dose, target: decided.rir ?? defaultTarget)
                    if !allowRises, decision.rises {
                        decision = DoseDecision(exerciseID: decision.exerciseID, change: .hold, nextLoadKg: nil,
                                                reason: "hold: no dose rises until your pain settles or a clinician clears you")
                    }
                    let asked = decision
                    if let profile, let selector { decision = owned(decision, card: card, profile: profile, selector: selector, catalog: catalog) }
                    // More load the runner does not own became a hold: the work comes from 2 more reps.
                    let repsForLoad: Bool = if case .addLoad = asked.change, case .hold = decision.change { true } else { false }
                    var earnedLoad = false
                    let lastDone = sessionsOldestFirst(logged).last.map { describe($0, dose: decided.dose, target: decided.rir ?? defaultTarget) }
                    if let dose = given, let lastDone, !decision.rises, let keptChange, keptChange.hasPrefix("up to \(dose.summary): "),
                       keptChange.hasSuffix(": \(lastDone) twice") {
                        // The rise the block recorded from this same log: kept, in the same words, until the log moves on.
                        decision = DoseDecision(exerciseID: card.id, change: .hold, nextLoadKg: decision.nextLoadKg, reason: keptChange)
                        if exceeds(item.dose, dose) {
                            item.dose.sets = dose.sets
                            item.dose.work = dose.work
                        }
                    } else if earned, let lastDone, let load = item.dose.load, load.contains(PlanConstants.addLoadThisWeek),
                              given.map({ !exceeds(item.dose, $0) }) ?? true {
                        // The top twice on a card that takes load, with no weight logged: the calendar's
                        // "add load" is the step the log earned.
                        decision.reason = "up 2.5–5% load: \(lastDone) twice"
                        earnedLoad = true
                    } else if earned, let dose = given, let lastDone, exceeds(item.dose, dose) {
                        // One step on from the dose given, never past the calendar's: a week repeated
                        // earlier does not make this one jump two steps.
                        let next = oneStep(from: dose, toward: item.dose)
                        item.dose.sets = next.sets
                        item.dose.work = next.work
                        decision.reason = "up to \(item.dose.summary): \(lastDone) twice"
                    } else if !decision.rises, let dose = given, exceeds(item.dose, dose) {
                        // Nothing moved up in the log: the calendar's rise waits, and the text says so.
                        item.dose.sets = dose.sets
                        item.dose.work = dose.work
                        let last = decision.reason.hasPrefix("hold: ") ? String(decision.reason.dropFirst(6)) : decision.reason
                        decision.reason = "repeat week: consolidate at \(dose.summary); last time \(last)"
                    }
                    if !decision.rises && !earnedLoad { item.dose.load = withoutAddedLoad(item.dose.load) }
                    var adjustedItem = apply(decision, to: item, catalog: catalog)
                    if let profile, let selector, adjustedItem.cardID != item.cardID, let variant = catalog.card(id: adjustedItem.cardID) {
                        // The why belongs to the card now in the session, not to the one it replaced.
                        adjustedItem.why = WhyText.why(card: variant, role: item.role, profile: profile, origin: .direct,
                                                       variantOf: decision.rises ? card : nil, easierBecauseOfPain: !decision.rises)
                        adjustedItem.note = ownNote(variant, item: item, selector: selector)
                    }
                    if repsForLoad, case let .reps(range) = adjustedItem.dose.work {
                        adjustedItem.dose.work = .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
                    }
                    return adjustedItem
                }
                renameSupersets(&session.items)
                adjusted.weeks[w].days[d].session = session
            }
        }
        return adjusted
    }

    /// `decision` within what the runner owns: a harder card that needs equipment they lack holds
    /// instead; an easier one they cannot do becomes fewer sets of the same card; a load past their
    /// heaviest dumbbell holds the weight and adds reps (DOMAIN §2: loads the runner owns).
    static func owned(_ decision: DoseDecision, card: ExerciseCard, profile: Profile, selector: ExerciseSelector,
                      catalog: Catalog) -> DoseDecision {
        var decision = decision
        switch decision.change {
        case let .progress(to: id):
            if let variant = catalog.card(id: id), !selector.isDoable(variant) {
                decision.change = .hold
                decision.reason = "hold: \(variant.name) needs equipment you do not have; slow the lowering instead"
            }
        case let .regress(to: id):
            if let variant = catalog.card(id: id), !selector.isDoable(variant) {
                decision.change = .reduce
                decision.reason = "lighter or shorter: " + decision.reason.drop { $0 != "," }.dropFirst().trimmingCharacters(in: .whitespaces)
            }
        case let .addLoad(from, to):
            if let (tool, heaviest) = OwnedLoad.cap(card, selector: selector), to > heaviest {
                decision.change = .hold
                decision.nextLoadKg = from
                decision.reason = "hold: \(tool.limit(heaviest)), so 2 more reps instead of more weight"
            }
        case .hold, .reduce:
            break
        }
        return decision
    }

    /// What the block kept for `slot`: its own entry when it holds the same card; else — an edit reordered the
    /// places or brought the card into another session — the same card's entry elsewhere, this session's
    /// first (a card has one working dose); else the place's own entry (a variant of the card, or stale).
    static func keptSlot(_ slot: String, for item: PlanItem, in reached: [String: ReachedSlot]) -> ReachedSlot? {
        if let kept = reached[slot], kept.cardID == item.cardID { return kept }
        let session = slot.prefix { $0 != "." }
        let sameCard = reached.keys.filter { reached[$0]?.cardID == item.cardID }
            .sorted { a, b in
                let (aHere, bHere) = (a.prefix { $0 != "." } == session, b.prefix { $0 != "." } == session)
                return aHere != bHere ? aHere : a < b
            }
        return sameCard.first.flatMap { reached[$0] } ?? reached[slot]
    }

    /// A superset's sentence names the exercise now after it (the log or the block may have put another
    /// card in that place).
    static func renameSupersets(_ items: inout [PlanItem]) {
        for i in items.indices.dropLast() where items[i].supersetWithNext == true {
            guard let note = items[i].note, let start = note.range(of: "Superset with "),
                  let colon = note[start.upperBound...].firstIndex(of: ":") else { continue }
            items[i].note = note.replacingCharacters(in: start.upperBound..<colon, with: items[i + 1].name)
        }
    }

    /// `given` one progression step on (DOMAIN §2, Progression: reps, then sets), within `proposed`, the
    /// calendar's dose for the week: 2 more reps or 10 s more of a hold, or one more set where the calendar
    /// adds one (with its reps).
    static func oneStep(from given: Dose, toward proposed: Dose) -> Dose {
        var next = given
        if proposed.sets > given.sets {
            next.sets = given.sets + 1
            next.work = proposed.work
            return next
        }
        switch (given.work, proposed.work) {
        case let (.reps(from), .reps(to)):
            let top = min(to.upperBound, from.upperBound + PlanConstants.repsStep)
            next.work = .reps(min(from.lowerBound + top - from.upperBound, top)...top)
        case let (.seconds(from), .seconds(to)):
            next.work = .seconds(min(to, from + PlanConstants.holdStepSeconds))
        default:
            next.work = proposed.work
        }
        return next
    }

    /// Every planned set at the top of the range, at the target effort, in each of the last two sessions.
    static func reachedTopTwice(_ sets: [SetRecord], dose: Dose, target: RepsInReserve) -> Bool {
        let recent = sessionsOldestFirst(sets).suffix(sessionsToProgress)
        return recent.count == sessionsToProgress && recent.allSatisfy { reachedTop($0, dose: dose, target: target) }
    }

    /// A load text without the calendar's "add load this week" (the log held the dose); nil when nothing is left.
    static func withoutAddedLoad(_ load: String?) -> String? {
        guard let load, load.contains(PlanConstants.addLoadThisWeek) else { return load }
        let kept = load.components(separatedBy: "; ").filter { $0 != PlanConstants.addLoadThisWeek }.joined(separator: "; ")
        return kept.isEmpty ? nil : kept
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
    public static func apply(_ decision: DoseDecision, to item: PlanItem, catalog: Catalog) -> PlanItem {
        var item = item
        item.change = decision.reason
        switch decision.change {
        case .hold, .addLoad:
            if let kg = decision.nextLoadKg, kg > 0 { item.dose.load = "\(kilograms(kg)) kg" }
        case .reduce:
            item.dose.sets = max(1, item.dose.sets - 1)
        case let .progress(to: id), let .regress(to: id):
            guard let variant = catalog.card(id: id) else { break }
            item.cardID = variant.id
            item.name = variant.name
            item.tempo = variant.tempo
            // The other card keeps the session's sets at most, so the session keeps its minutes.
            if var dose = variantDose(variant, sets: item.dose.sets) {
                dose.sets = min(dose.sets, item.dose.sets)
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
