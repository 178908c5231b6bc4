/// Rule: a slot's reached dose from the training block comes back into the plan (DOMAIN §2, Training
/// blocks: the log decides progression, the calendar only proposes it; the next block starts from the doses
/// reached). The stored card returns only while it is the planned card or one of its harder or easier
/// variants, the runner can do it with their equipment, and — when it is harder — doses may rise.
extension AutoRegulation {
    /// Variant links followed between a planned card and a reached one (a slot moves one link at a time).
    static let variantLinks = 4

    /// `item` at the dose and card `kept` reached; nil when `kept` no longer belongs in the slot (an edit
    /// put another exercise there, the runner lost the equipment, or rises are held). In a light session
    /// the reached dose is lightened as the plan's own is.
    static func resume(_ kept: ReachedSlot, in item: PlanItem, catalog: Catalog, profile: Profile?, selector: ExerciseSelector?,
                       allowRises: Bool, light: Bool, mayTake: (ExerciseCard) -> Bool = { _ in true }) -> PlanItem? {
        guard let card = catalog.card(id: kept.cardID) else { return nil }
        var item = item
        if card.id == item.cardID {
            // The same card: a working dose above the calendar's is where this week starts; a light week is
            // never more than the light form of the dose reached.
            if light {
                let eased = DoseRule.lighten(kept.dose)
                if exceeds(item.dose, eased) {
                    item.dose.sets = eased.sets
                    item.dose.work = eased.work
                }
            } else if exceeds(kept.dose, item.dose) {
                item.dose.sets = kept.dose.sets
                item.dose.work = kept.dose.work
                // A weight the log set ("12 kg") carries on; words about gear stay the plan's, which follow
                // what the runner owns now.
                if let load = kept.dose.load, load.kilograms != nil { item.dose.load = load }
                if item.reason == nil { (item.reason, item.step) = (kept.reason, kept.step) }
            }
            return item
        }
        guard let profile, let selector, let planned = catalog.card(id: item.cardID), selector.isDoable(card), mayTake(card) else { return nil }
        let harder = isVariant(card, harderThan: planned, catalog: catalog)
        guard harder || isVariant(planned, harderThan: card, catalog: catalog), allowRises || !harder else { return nil }
        item.become(card, tempo: kept.tempo)
        item.dose = light ? DoseRule.lighten(kept.dose) : kept.dose
        // The load in words of what the runner owns now, within their heaviest dumbbell or backpack.
        if item.dose.load?.kilograms == nil { item.dose.load = selector.ownLoad(item.dose.load, for: card) }
        item.dose = OwnedLoad.fit(item.dose, card: card, selector: selector)
        if item.role == .calf { item.dose = LiftVolume.calfFloor(item.dose, card: card, minutes: profile.sessionMinutes, selector: selector) }
        item.reason = kept.reason
        item.step = kept.step
        let easierForPain = !harder && kept.step?.kind == .easier
        item.why = WhyText.why(card: card, role: item.role, profile: profile, origin: .direct,
                               variantOf: harder ? planned : nil, easierBecauseOfPain: easierForPain, standIns: selector.missing(card),
                               earned: true)
        writeOwnNote(card, on: &item, selector: selector)
        return item
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

    /// Whether `card` lies up `other`'s progression links (within `variantLinks`).
    static func isVariant(_ card: ExerciseCard, harderThan other: ExerciseCard, catalog: Catalog) -> Bool {
        var next = other.progression
        for _ in 0..<variantLinks {
            guard let id = next else { return false }
            if id == card.id { return true }
            next = catalog.card(id: id)?.progression
        }
        return false
    }

    /// `item`'s note once `card` takes its place: the card's own household stand-ins, and the superset
    /// sentence the place had (the pairing belongs to the place, the stand-ins to the card; the sentence is
    /// written again from the exercise after it once the session's items are settled, `SupersetWords`).
    static func writeOwnNote(_ card: ExerciseCard, on item: inout PlanItem, selector: ExerciseSelector) {
        let standIns = selector.standIns(card)
        item.writeNote(own: standIns.isEmpty ? nil : standIns.joined(separator: " "), superset: item.supersetNote)
    }
}
