/// Rule: how an exercise moves on from week to week (DOMAIN.md §2, Progression): reps first, then sets,
/// then load, then tempo or a harder variant.
///
/// `step` counts the progressing weeks already done. Step 1 adds 2 reps (10 s to a hold); step 2 goes back
/// to the base reps with one more set; step 3 adds 2.5–5% load (a body-weight move switches to its
/// progression card instead); step 4 slows the lowering (a loaded move switches to its progression card
/// when there is one). A switched card starts again from its own base dose. Jumps only grow their
/// contacts, by at most 15% a step and within the contact budget.
enum Progression {
    struct Result: Equatable {
        var card: ExerciseCard
        var dose: Dose
        var tempo: Tempo
        /// The card this one replaced as its harder variant.
        var variantOf: ExerciseCard?
        /// This step adds 2.5–5% load (said in the dose's load text only in weeks that progress).
        var addsLoad = false
    }

    /// - Parameters:
    ///   - canLoad: whether the runner can add weight to this card (see `ExerciseSelector.canLoad`);
    ///     a card that cannot be loaded progresses by reps and by its harder variant instead.
    ///   - harder: the harder variant the runner may switch to, if any.
    ///   - contactCap: foot contacts one jump session may hold.
    ///   - maxReps: a ceiling on reps (heavy lifts stay at 6 or fewer); the reps step is skipped above it.
    static func apply(_ card: ExerciseCard, level: Level, step: Int, fixedSets: Int?, contactCap: Int, maxReps: Int? = nil,
                      canLoad: (ExerciseCard) -> Bool, harder: (ExerciseCard) -> ExerciseCard?) -> Result? {
        guard let base = DoseRule.base(card, level: level, fixedSets: fixedSets) else { return nil }
        // A body-weight move progresses by reps, then the harder variant — never "add load" (DOMAIN §2).
        let loadable = canLoad(card) && !Self.isBodyWeight(card, base)
        let switchAt = card.kind == .power ? PlanConstants.variantStepLoaded
            : (loadable ? PlanConstants.variantStepLoaded : PlanConstants.variantStepBodyweight)
        if step >= switchAt, let next = harder(card),
           var result = apply(next, level: level, step: step - switchAt, fixedSets: fixedSets, contactCap: contactCap,
                              maxReps: maxReps, canLoad: canLoad, harder: harder) {
            result.variantOf = result.variantOf ?? card
            return result
        }
        if card.kind == .power { return Result(card: card, dose: jumps(base, card: card, step: step, cap: contactCap), tempo: card.tempo) }
        var addsLoad = false

        var dose = base
        var tempo = card.tempo
        let stage = min(step, 4)
        // Each stage takes one step, so no two weeks in a row are the same. The sets step goes back to the
        // base reps with one more set; with fixed sets (a 15-minute session, capped slots) it is a second
        // reps step instead.
        var repsSteps = stage >= 1 ? 1 : 0
        if stage >= 2 {
            if fixedSets == nil {
                dose.sets = max(base.sets, min(PlanConstants.maxSets, base.sets + 1))
                repsSteps = 0
            } else {
                repsSteps += 1
            }
        }
        if stage >= 3 {
            if loadable { addsLoad = true } else { repsSteps += 1 }
        }
        if stage >= 4 {
            if case let .phases(down, pause, up) = card.tempo {
                tempo = .phases(down: down + 1, pause: pause, up: up)
            } else {
                repsSteps += 1
            }
        }
        // Reps stop at the card's ceiling: past it the lowering slows (stage 4) and the variant takes over.
        let ceiling = min(maxReps ?? .max, PlanConstants.repCeiling(card))
        for _ in 0..<repsSteps { dose.work = more(dose.work, maxReps: ceiling, holdCap: Self.holdCap(card)) }
        return Result(card: card, dose: dose, tempo: tempo, variantOf: nil, addsLoad: addsLoad)
    }

    /// Done with body weight at this dose: nothing to add 2.5–5% to. A card that needs a weight is loaded;
    /// otherwise its dose says whether a weight is held.
    static func isBodyWeight(_ card: ExerciseCard, _ dose: Dose) -> Bool {
        if card.needsExternalLoad { return false }
        return dose.load?.isBodyWeight ?? true
    }

    /// The longest hold a card progresses to; beyond it the harder variant or lever takes over.
    static func holdCap(_ card: ExerciseCard) -> Int { PlanConstants.holdCaps[card.id] ?? PlanConstants.defaultHoldCap }

    /// 2 more reps (unless that passes `maxReps`), or 10 s more of a hold up to `holdCap`.
    private static func more(_ work: Dose.Work, maxReps: Int?, holdCap: Int) -> Dose.Work {
        switch work {
        case let .reps(range):
            if let maxReps, range.upperBound + PlanConstants.repsStep > maxReps { return work }
            return .reps((range.lowerBound + PlanConstants.repsStep)...(range.upperBound + PlanConstants.repsStep))
        case let .seconds(s): return .seconds(max(s, min(holdCap, s + PlanConstants.holdStepSeconds)))
        }
    }

    /// Jump reps grown by 15% a step, then cut to the session's contact budget.
    private static func jumps(_ base: Dose, card: ExerciseCard, step: Int, cap: Int) -> Dose {
        guard case let .reps(range) = base.work else { return base }
        var factor = 1.0
        for _ in 0..<step { factor *= PlanConstants.plyoWeeklyGrowth }
        var upper = Int((Double(range.upperBound) * factor).rounded(.down))
        var lower = Int((Double(range.lowerBound) * factor).rounded(.down))
        let sides = card.unilateral ? 2 : 1
        let fit = max(1, cap / max(1, base.sets * sides))
        if upper > fit { upper = fit }
        lower = min(lower, upper)
        var dose = base
        dose.work = .reps(lower...upper)
        return dose
    }
}
