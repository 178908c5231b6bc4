extension SafetyDecision {
    /// `plan` as today's rules allow it: an exercise the rules forbid, or one to do one step easier,
    /// becomes the first card down its regression chain that is allowed (with a dose at `level`); one with
    /// no such card is left out, or, when only easier is asked, done with fewer sets (`LightSets`). Added weight comes
    /// off the legs when a sign asks for body weight only. Each change says why in the item's cue.
    ///
    /// Returns nil when nothing of the session is left: then no session starts.
    public func adapt(_ plan: SessionPlan, catalog: Catalog, level: Level) -> SessionPlan? {
        adaptWithNotes(plan, catalog: catalog, level: level)?.plan
    }

    /// `adapt`, with one line per change for the runner to read before starting ("Glute bridge instead of
    /// Single-leg glute bridge: pain above 5/10").
    public func adaptWithNotes(_ plan: SessionPlan, catalog: Catalog, level: Level) -> (plan: SessionPlan, notes: [String])? {
        var adapted = plan
        var used: Set<String> = []
        var notes: [String] = []
        var tendonHeld = false
        var heldCardID: String?
        adapted.items = plan.items.compactMap { item -> SessionItem? in
            guard let card = catalog.card(id: item.cardID) else {
                // An exercise the catalog no longer knows cannot be checked: only an unrestricted day runs it.
                return allowance == .everything ? item : nil
            }
            var result = item
            /// A reactive tendon: one set of isometric holds for the first exercise that loads it, rest for
            /// the rest (DOMAIN §6).
            func heldForTendon(_ item: SessionItem, name: String) -> SessionItem? {
                guard !tendonHeld, !used.contains(item.cardID) else {
                    notes.append("\(name) is left out today: the tendon rests after its holds.")
                    return nil
                }
                tendonHeld = true
                heldCardID = item.cardID
                var held = item
                held.dose = SafetyGate.reactiveTendonHolds
                held.tempo = .isometric
                held.cue = note("Held at mid-height, not raised: pain 6/10 or more today", cue: nil, then: held.cue)
                used.insert(held.cardID)
                return held
            }
            let blocked = blockReason(card)
            if blocked == nil, holdsForTendon(card) { return heldForTendon(result, name: card.name) }
            if blocked != nil || (regresses(card) && card.kind != .stretch) {
                if let easier = easierAllowed(than: card, catalog: catalog, level: level, excluding: used),
                   var swapped = try? SessionItem(card: easier, level: level, why: item.why) {
                    swapped.dose.sets = min(swapped.dose.sets, item.dose.sets)
                    swapped.role = item.role
                    // One step easier is never more work than the planned dose (DOMAIN §3: no dose rises).
                    swapped.dose.work = Self.noMoreThan(swapped.dose.work, item.dose.work)
                    swapped.cue = note(blocked ?? easierReason(card.id), cue: "instead of \(card.name)", then: swapped.cue)
                    notes.append("\(easier.name) instead of \(card.name): " + (blocked ?? easierReason(card.id)).lowercased() + ".")
                    result = swapped
                    // The easier card loads the reactive tendon too: held, not raised.
                    if holdsForTendon(easier) { return heldForTendon(result, name: easier.name) }
                } else if blocked != nil {
                    notes.append("\(card.name) is left out: \(blocked!).")
                    return nil
                } else {
                    result.dose = DoseRule.lighten(result.dose)
                    let fewer = LightSets.painCutWords(kept: result.dose.sets, of: item.dose.sets)
                    result.cue = note(easierReason(card.id) + ": " + fewer, cue: nil, then: result.cue)
                    notes.append("\(card.name): \(fewer) (\(easierReason(card.id).lowercased())).")
                }
            }
            if bodyWeightOnly, result.dose.load != nil, card.kind != .stretch {
                result.dose.load = Load(.bodyWeightOnly)
                notes.append("\(result.name): body weight only until a clinician clears your warning sign.")
            }
            guard !used.contains(result.cardID) else { return nil }
            used.insert(result.cardID)
            return result
        }
        if let heldCardID {
            notes += Self.withinPlannedTime(&adapted, planned: plan, keeping: heldCardID)
            // Written from the holds as they stand once fitted.
            if let holds = adapted.items.first(where: { $0.cardID == heldCardID }) {
                notes.insert("\(holds.name): \(holds.dose.sets) holds of \(SafetyGate.reactiveTendonHoldSeconds) s at mid-height, "
                    + "a firm effort, 2 minutes apart, instead of raises: your tendon hurts 6/10 or more today, and holds calm it down.", at: 0)
            }
        }
        return adapted.items.isEmpty ? nil : (adapted, notes)
    }

    /// A reactive tendon's holds take longer than the raises they replace: the session keeps to the time it
    /// was planned for by leaving out its last exercises (never the holds), not by running over (DOMAIN §2:
    /// a session fits the runner's minutes; §6: fit by cutting, without choosing again). One line per exercise left out.
    static func withinPlannedTime(_ adapted: inout SessionPlan, planned: SessionPlan, keeping held: String) -> [String] {
        let budget = SessionEngine(plan: planned).plannedTotal.components.seconds
        let allowed = budget + Int64(SessionFit.tolerance(minutes: Int(budget / 60)))
        var notes: [String] = []
        while SessionEngine(plan: adapted).plannedTotal.components.seconds > allowed,
              let last = adapted.items.lastIndex(where: { $0.cardID != held && $0.role != .warmUp }),
              adapted.items.count > 1 {
            notes.append("\(adapted.items[last].name) is left out today: the tendon's holds take its time.")
            adapted.items.remove(at: last)
        }
        // Still over with the holds alone (a short session): fewer holds, never fewer than the fewest.
        if let index = adapted.items.firstIndex(where: { $0.cardID == held }) {
            while SessionEngine(plan: adapted).plannedTotal.components.seconds > allowed,
                  adapted.items[index].dose.sets > SafetyGate.fewestReactiveTendonHolds {
                adapted.items[index].dose.sets -= 1
            }
        }
        return notes
    }

    /// `work` with no more reps or seconds than `planned` (of the same kind).
    static func noMoreThan(_ work: Dose.Work, _ planned: Dose.Work) -> Dose.Work {
        switch (work, planned) {
        case let (.reps(easier), .reps(was)):
            let top = min(easier.upperBound, was.upperBound)
            return .reps(min(easier.lowerBound, top)...top)
        case let (.seconds(easier), .seconds(was)): return .seconds(min(easier, was))
        default: return work
        }
    }

    /// The first card down `card`'s regression chain that today's rules allow and that has a dose at
    /// `level` (or at any level when none has one there).
    public func easierAllowed(than card: ExerciseCard, catalog: Catalog, level: Level, excluding: Set<String>) -> ExerciseCard? {
        var seen: Set<String> = [card.id]
        var next = card.regression
        while let id = next, !seen.contains(id), let candidate = catalog.card(id: id) {
            seen.insert(id)
            if permits(candidate), !excluding.contains(id), candidate.dose[level] != nil { return candidate }
            next = candidate.regression
        }
        return nil
    }

    private func easierReason(_ cardID: String) -> String {
        if stoppedExercises.contains(cardID) { return "One step easier: this exercise stopped a session today" }
        if painfulExercises.contains(cardID) { return "One step easier: it hurt above \(SafetyGate.painLimit)/10" }
        if worseMorning { return "One step easier: worse the morning after your last session" }
        return "One step easier: pain above \(SafetyGate.painLimit)/10"
    }

    private func note(_ reason: String, cue: String?, then rest: String) -> String {
        let head = [reason.prefix(1).uppercased() + reason.dropFirst(), cue].compactMap { $0 }.joined(separator: ", ")
        return rest.isEmpty ? head : "\(head) · \(rest)"
    }
}
