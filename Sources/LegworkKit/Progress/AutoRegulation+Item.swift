/// One plan item adjusted to the log and the training block (the body of `AutoRegulation.adjust`).
extension AutoRegulation {
    /// What every item of one session is adjusted with.
    struct ItemContext {
        /// The last `sessionsToProgress` logged sessions of each exercise's history, oldest first.
        let recent: [LogHistory: [[SetRecord]]]
        /// The dose each exercise was last given before the first adjusted day, as planned.
        let lastGiven: [String: Dose]
        /// What each slot reached (`TrainingBlock.slots`).
        let reached: [String: ReachedSlot]
        let catalog: Catalog
        let profile: Profile?
        let selector: ExerciseSelector?
        let allowRises: Bool
        /// The session is a light one (`PlanSession.light`).
        let light: Bool
        /// The session's plyometric gates were open (`PlanSession.jumps`).
        let jumpsAllowed: Bool
        /// Today's safety decision: a card it does not permit never comes in. Nil: no check.
        let safety: SafetyDecision?

        /// Whether `card` may come into this session in place of the planned one: the safety gate permits
        /// it, and a jump only where the session's plyometric gates were open (DOMAIN §6, Jumps: the gates
        /// apply to whatever brings a jump in, a progression chain included).
        func mayTake(_ card: ExerciseCard) -> Bool {
            Capability.gatesAllow(card, safety: safety, jumpsAllowed: jumpsAllowed)
        }
    }

    static func adjustItem(_ planned: PlanItem, _ context: ItemContext) -> PlanItem {
        withinLastDone(withinCalfFloor(adjustOne(planned, context), context), context)
    }

    /// Calf work in a full session keeps its floor whatever the log decided (DOMAIN §6, Volume floors: at
    /// least 2 × 10, or its own heavier dose): a set taken off for a worse morning comes back as 2 × 10
    /// with no added load (still lighter than planned), and an easier card whose own dose lists fewer reps
    /// comes up to the floor. A light
    /// session, a 15-minute one, the light calf day and a day the safety gate eases (doses frozen) keep what
    /// they were given.
    static func withinCalfFloor(_ item: PlanItem, _ context: ItemContext) -> PlanItem {
        guard item.role == .calf, !context.light, item.staysLight != true, context.allowRises,
              (context.safety?.allowance ?? .everything) == .everything,
              let profile = context.profile, profile.sessionMinutes != .short, let selector = context.selector,
              let card = context.catalog.card(id: item.cardID) else { return item }
        var floored = LiftVolume.calfFloor(item.dose, card: card, minutes: profile.sessionMinutes, selector: selector)
        floored.sets = max(floored.sets, LiftVolume.fewestSets)
        guard floored != item.dose else { return item }
        var item = item
        if item.eased == true {
            // Still lighter than planned: the set kept comes back as the fewest reps, with no added load.
            floored.load = floored.load?.withoutAddedLoad
            floored.work = SafetyDecision.noMoreThan(floored.work, .reps(PlanConstants.calfMinReps...PlanConstants.calfMinReps))
        }
        item.reason = .calfFloor(floored, withoutAddedLoad: item.eased == true, after: item.reason)
        item.dose = floored
        return item
    }

    /// While doses are frozen (pain, a warning sign, a clinician hold) nothing asks more than the last
    /// session of that exercise did — not a rise the log earned before the freeze, not the calendar's
    /// next week (DOMAIN §3: no dose rises anywhere; §6: a clinician hold freezes every dose).
    static func withinLastDone(_ item: PlanItem, _ context: ItemContext) -> PlanItem {
        guard !context.allowRises, item.role != .warmUp,
              let last = lastOfKind(item.dose, in: context.recent[LogHistory(cardID: item.cardID, role: item.role)] ?? []) else { return item }
        var item = item
        item.dose = frozen(item.dose, role: item.role, lastSession: last)
        return item
    }

    /// The last of `sessions` (oldest first) that did the same kind of work as `dose` (repetitions or
    /// holds), else the last: a reactive tendon's day of holds is not the measure of the raises that
    /// follow it, the raises before it are (DOMAIN §6: a frozen dose asks no more than last time).
    public static func lastOfKind(_ dose: Dose, in sessions: [[SetRecord]]) -> [SetRecord]? {
        let repetitions: Bool = if case .reps = dose.work { true } else { false }
        return sessions.last { session in session.contains { repetitions ? $0.reps != nil : $0.seconds != nil } } ?? sessions.last
    }

    /// `dose` while doses are frozen, against the exercise's last logged session: a tendon protocol
    /// repeats the stage last done (`atLastStage`), anything else asks no more than it did (`capped`).
    /// The plan's reading and the session door both take it from here.
    public static func frozen(_ dose: Dose, role: PlanItem.Role?, lastSession last: [SetRecord]) -> Dose {
        role == .injuryModule ? atLastStage(dose, lastSession: last) : capped(dose, byLastSession: last)
    }

    /// A tendon protocol's dose while doses are frozen: the stage last done, repeated. Its next stage is a
    /// rise even with fewer reps (3 × 15 → 3 × 12 is a heavier load), so a cap on reps is not enough: the
    /// reps of the last session come back as they were, in no more sets (DOMAIN §6: a clinician hold
    /// freezes every dose, protocol weeks included).
    public static func atLastStage(_ dose: Dose, lastSession last: [SetRecord]) -> Dose {
        var held = capped(dose, byLastSession: last)
        if case .reps = held.work, let done = last.compactMap(\.reps).max() { held.work = .reps(done...done) }
        return held
    }

    /// `dose` asking no more than the session `last` did: no more sets, no more reps or seconds a set. A
    /// dose of another kind (holds where raises were done: a reactive tendon's isometrics) is not measured
    /// against it.
    public static func capped(_ dose: Dose, byLastSession last: [SetRecord]) -> Dose {
        let sameKind: Bool = switch dose.work {
        case .reps: last.contains { $0.reps != nil }
        case .seconds: last.contains { $0.seconds != nil }
        }
        guard sameKind else { return dose }
        var dose = dose
        dose.sets = min(dose.sets, max(1, Set(last.map(\.setNumber)).count))
        switch dose.work {
        case let .reps(range):
            guard let done = last.compactMap(\.reps).max(), done < range.upperBound else { break }
            let top = max(1, done)
            dose.work = .reps(min(range.lowerBound, top)...top)
        case let .seconds(seconds):
            guard let done = last.compactMap(\.seconds).max(), done < seconds else { break }
            dose.work = .seconds(max(1, done))
        }
        return dose
    }

    private static func adjustOne(_ planned: PlanItem, _ context: ItemContext) -> PlanItem {
        // The warm-up is a fixed few minutes, not a dose that progresses with the log.
        guard planned.role != .warmUp else { return planned }
        // The light calf day between heavy heel-raise days stays light whatever the log says (DOMAIN §6).
        guard planned.staysLight != true else { return planned }
        var item = planned
        var given = context.lastGiven[item.cardID]
        var reachedSlot: ReachedSlot?
        if let slot = item.slot, let kept = keptSlot(slot, for: item, in: context.reached),
           let resumed = resume(kept, in: item, catalog: context.catalog, profile: context.profile, selector: context.selector,
                                allowRises: context.allowRises, light: context.light, mayTake: context.mayTake) {
            item = resumed
            given = kept.dose
            reachedSlot = kept
            // A card the log moved to and has not logged yet keeps the words of that move.
            if context.recent[LogHistory(cardID: item.cardID, role: item.role)] == nil && !context.light { return item }
        }
        if context.light { return lightWeek(item, given: given, kept: reachedSlot, context) }
        guard let logged = context.recent[LogHistory(cardID: item.cardID, role: item.role)], let card = context.catalog.card(id: item.cardID) else { return item }
        return fromLog(item, card: card, logged: logged, given: given, kept: reachedSlot, context)
    }

    /// A light week eases off the dose reached; the log moves doses in the usual weeks, and is not judged
    /// against the light week's effort. Only pain still makes it easier.
    private static func lightWeek(_ item: PlanItem, given: Dose?, kept: ReachedSlot?, _ context: ItemContext) -> PlanItem {
        var item = item
        if let logged = context.recent[LogHistory(cardID: item.cardID, role: item.role)], let card = context.catalog.card(id: item.cardID) {
            var decided = item
            if let given { decided.dose = given }
            let decision = withinGates(decide(for: decided, card: card, sessions: logged, selector: context.selector), context)
            switch decision.change {
            case .regress, .reduce: return apply(decision, to: item, catalog: context.catalog, fromSession: logged.last?.first?.sessionID)
            case .hold, .addLoad, .progress: break
            }
        }
        // Lighter than the dose reached in every way: a calendar's light dose above what the runner last
        // did (1 × 60 s of a plank held 2 × 50 s, 1 × 10–14 after weeks at 1 × 10) is not a light week.
        if let given {
            item.dose.sets = min(item.dose.sets, given.sets)
            item.dose.work = SafetyDecision.noMoreThan(item.dose.work, given.work)
        }
        if let last = context.recent[LogHistory(cardID: item.cardID, role: item.role)]?.last { item.dose = capped(item.dose, byLastSession: last) }
        if let given, exceeds(given, item.dose) {
            item.reason = .lightWeek(of: given)
            item.step = LogStep(.light)
        } else if kept != nil {
            item.reason = nil
            item.step = nil
        }
        return item
    }

    /// A usual week: the log's decision against the dose given (the block's, else the plan's last), within
    /// what the runner owns, with the calendar's proposal taken only as far as the log earned it.
    private static func fromLog(_ item: PlanItem, card: ExerciseCard, logged: [[SetRecord]], given: Dose?, kept: ReachedSlot?,
                                _ context: ItemContext) -> PlanItem {
        var item = item
        var decided = item
        if let given { decided.dose = given }
        let target = decided.rir ?? defaultTarget
        var decision = withinGates(decide(for: decided, card: card, sessions: logged, selector: context.selector), context)
        // The top of the range twice with nothing heavier to take and no harder card: the calendar's next
        // step (reps, a set, a slower lowering, added load) is what the log earned.
        let earned = context.allowRises && decision.change == .hold && reachedTopTwice(logged, dose: decided.dose, target: target)
        if !context.allowRises, decision.rises {
            decision = DoseDecision(exerciseID: decision.exerciseID, change: .hold, nextLoadKg: nil, reason: .frozen)
        }
        let asked = decision
        if let profile = context.profile, let selector = context.selector {
            decision = owned(decision, card: card, profile: profile, selector: selector, catalog: context.catalog)
        }
        // More load the runner does not own became a hold: the work comes from 2 more reps.
        let repsForLoad: Bool = if case .addLoad = asked.change, case .hold = decision.change { true } else { false }
        var earnedLoad = false
        let lastDone = logged.last.map { DoseReason.Performance($0, dose: decided.dose) }
        let lastSession = logged.last?.first?.sessionID
        var step: LogStep.Kind?
        if let dose = given, !decision.rises, let kept, kept.step?.kind == .rise, kept.step?.fromSession == lastSession,
           lastSession != nil, let keptReason = kept.reason {
            // The rise the block recorded from this same log: kept, for the same reason, until the log moves on.
            decision = DoseDecision(exerciseID: card.id, change: .hold, nextLoadKg: decision.nextLoadKg, reason: keptReason)
            step = .rise
            if exceeds(item.dose, dose) {
                item.dose.sets = dose.sets
                item.dose.work = dose.work
            }
        } else if earned, let lastDone, item.loadStep == true, !loadCapped(card, context),
                  given.map({ !exceeds(item.dose, $0) }) ?? true {
            // The top twice on a card that takes load, with no weight logged: the calendar's "add load" is
            // the step the log earned.
            decision.reason = .addLoadThisWeek(done: lastDone)
            earnedLoad = true
            step = .rise
        } else if earned, let dose = given, let lastDone, exceeds(item.dose, dose) {
            // One step on from the dose given, never past the calendar's: a week repeated earlier does not
            // make this one jump two steps.
            let next = oneStep(from: dose, toward: item.dose)
            item.dose.sets = next.sets
            item.dose.work = next.work
            decision.reason = .upTo(item.dose, done: lastDone)
            step = .rise
        } else if !decision.rises, let dose = given, exceeds(item.dose, dose) {
            // Nothing moved up in the log: the calendar's rise waits, and the text says so.
            item.dose.sets = dose.sets
            item.dose.work = dose.work
            decision.reason = .consolidate(at: dose, last: decision.reason)
            step = .consolidate
        }
        if !decision.rises && !earnedLoad { item.dose.load = item.dose.load?.withoutAddedLoad }
        // The words of the load step are written now, from the value the log earned.
        if earnedLoad { item.dose.load = Load.addingThisWeek(to: item.dose.load) }
        item.loadStep = earnedLoad ? true : nil
        var adjusted = apply(decision, to: item, catalog: context.catalog, fromSession: lastSession)
        if let step { adjusted.step = LogStep(step, fromSession: lastSession) }
        if let profile = context.profile, let selector = context.selector, adjusted.cardID != item.cardID,
           let variant = context.catalog.card(id: adjusted.cardID) {
            // The why belongs to the card now in the session, not to the one it replaced.
            adjusted.why = WhyText.why(card: variant, role: item.role, profile: profile, origin: .direct,
                                       variantOf: decision.rises ? card : nil, easierBecauseOfPain: !decision.rises, earned: true)
            writeOwnNote(variant, on: &adjusted, selector: selector)
        }
        if repsForLoad, case let .reps(range) = adjusted.dose.work {
            adjusted.dose.work = .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
        }
        return adjusted
    }

    /// The runner's heaviest dumbbell or loaded backpack is light for this card: more weight is not theirs
    /// to add (`OwnedLoad`), so a step the log earns comes from reps or a slower lowering.
    static func loadCapped(_ card: ExerciseCard, _ context: ItemContext) -> Bool {
        guard let selector = context.selector, let (tool, kg) = OwnedLoad.cap(card, selector: selector) else { return false }
        return kg < OwnedLoad.light(tool)
    }

    /// `decision` within what the session may take: a harder variant that is a jump while the session's
    /// jump gates are shut, or that the safety gate does not permit, holds the card, so the calendar's next
    /// step (reps, a set, a slower lowering, load) is what the log earned instead (DOMAIN §6, Jumps); an
    /// easier variant the gate does not permit becomes fewer sets of the same card.
    static func withinGates(_ decision: DoseDecision, _ context: ItemContext) -> DoseDecision {
        var decision = decision
        switch decision.change {
        case let .progress(to: id):
            guard let variant = context.catalog.card(id: id), !context.mayTake(variant) else { break }
            decision.change = .hold
            decision.reason = variant.kind == .power ? .harderIsAJump(variant.name) : .harderNotAllowed(variant.name)
        case let .regress(to: id):
            guard let variant = context.catalog.card(id: id), !context.mayTake(variant) else { break }
            decision.reduceInstead()
        case .hold, .addLoad, .reduce:
            break
        }
        return decision
    }

    // MARK: - Steps the log earns

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
    static func reachedTopTwice(_ sessions: [[SetRecord]], dose: Dose, target: RepsInReserve) -> Bool {
        let recent = sessions.suffix(sessionsToProgress)
        return recent.count == sessionsToProgress && recent.allSatisfy { reachedTop($0, dose: dose, target: target) }
    }

}
