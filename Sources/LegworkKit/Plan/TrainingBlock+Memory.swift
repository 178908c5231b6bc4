/// How the training block comes to remember what it reached (DOMAIN §2, Training blocks).
extension TrainingBlock {
    /// This block with what each slot reached in `plan` — the plan as the log adjusted it, through
    /// `AutoRegulation.adjust(…reached:)` — from `from` on: the first usual (not light) strength session
    /// holding the slot gives its card, working dose and tempo, when the log moved or held it (the item has
    /// a `change`). A slot the plan does not reach, or whose stored card was set aside for now (equipment
    /// gone, rises held, another exercise in its place), keeps what it had until the log moves it again; a
    /// card an edit moved to another place of the session is written under that place.
    public func recording(_ plan: Plan, from: CalendarDate) -> TrainingBlock {
        var block = self
        var seen: Set<String> = []
        for day in plan.weeks.flatMap(\.days) where day.date >= from {
            guard let session = day.session, session.kind == .strength, session.light != true else { continue }
            let here = Set(session.items.map(\.cardID))
            for item in session.items {
                guard let slot = item.slot, seen.insert(slot).inserted, let reason = item.reason ?? item.change.map(DoseReason.words),
                      item.eased != true else { continue }
                let moved = item.step?.movedCard == true
                // A stored card set aside (not in the session at all) waits; one an edit moved to another
                // place of the session is written there too.
                if let kept = slots[slot], kept.cardID != item.cardID, !moved, !here.contains(kept.cardID) { continue }
                // The working dose, without what only that week said ("this week: add 2.5–5% load").
                var dose = item.dose
                dose.load = dose.load?.withoutAddedLoad
                block.slots[slot] = ReachedSlot(cardID: item.cardID, dose: dose, tempo: item.tempo, reason: reason, step: item.step, since: day.date)
            }
        }
        return block
    }
}

extension PlanGenerator {
    /// `block` brought up to date with `profile` on `today`: a tendon protocol that starts now counts its
    /// weeks from its first session on or after today (one that stops is forgotten, so a new episode starts at week 1); a beginner's
    /// flare starts the pain-free weeks before jumping again from next week, and once those weeks are done
    /// the gate stays open. Nothing else changes: week numbers, doses and slots stay as they were.
    /// - Parameter dosesFrozen: the safety gate freezes doses today: each running protocol is held at the
    ///   week it reached; once they thaw it restarts one stage lower, counted from this week.
    public func adapt(_ block: TrainingBlock, to profile: Profile, today: CalendarDate, dosesFrozen: Bool = false) -> TrainingBlock {
        var block = block
        let current = block.weekNumber(of: today)
        let running = InjuryModule(profile: profile, selector: ExerciseSelector(cards: cards, profile: profile)).runningProtocols
        // A block stored before protocols were counted ran them from week 1.
        var starts = block.protocolStarts ?? Dictionary(uniqueKeysWithValues: running.map { ($0, 1) })
        // A protocol that starts now begins today: its weeks count from its first session (DOMAIN §6).
        var days = block.protocolStartDays ?? [:]
        for kind in TendonProtocol.allCases {
            if running.contains(kind), starts[kind] == nil { days[kind] = today }
            if !running.contains(kind) { days[kind] = nil }
            starts[kind] = running.contains(kind) ? (starts[kind] ?? current) : nil
        }
        var holds = block.protocolHolds ?? [:]
        for kind in TendonProtocol.allCases {
            guard running.contains(kind), let began = starts[kind] else { holds[kind] = nil; continue }
            // The protocol's own week today: by its first day when kept, else by block weeks.
            let week = days[kind].map { max(1, today.days(since: $0) / 7 + 1) } ?? max(1, current - began + 1)
            if dosesFrozen {
                if holds[kind] == nil { holds[kind] = week }
            } else if let held = holds.removeValue(forKey: kind) {
                let restart = kind.restartWeek(afterHolding: held)
                starts[kind] = current - restart + 1
                if days[kind] != nil { days[kind] = today.adding(days: -7 * (restart - 1)) }
            }
        }
        block.protocolStarts = starts
        block.protocolHolds = holds.isEmpty ? nil : holds
        block.protocolStartDays = days
        if profile.level == .beginner, !block.jumpGate.opened {
            if profile.injuries.contains(where: { $0.pain > PlanConstants.flarePain }) {
                block.jumpGate.countFrom = max(block.jumpGate.countFrom, current + 1)
            } else if block.jumpGate.weeksCounted(atWeek: current) > PlanConstants.painFreeWeeksBeforeBeginnerPlyo {
                block.jumpGate.opened = true
            }
        }
        return block
    }
}
