/// Rule: a strength session fits the minutes the runner has (`session-minutes`), timed as the engine
/// will run it (`SessionTiming`): 15 ± 1.5, 30 ± 2 and 45 ± 3 minutes (`tolerance`).
///
/// The templates (DOMAIN.md §2) say what a session of each length holds; at the doses of the higher
/// levels that runs well past the length. The cuts are chosen once, on the session at the hardest
/// doses the plan reaches, and every week keeps them, so every week fits and the progression still
/// shows: a slot whose sets or reps were cut progresses by load, tempo or variant instead, and a deload
/// week halves what is left. In order, timed again after each cut:
/// 1. the accessories go in pairs as supersets (calf with glute med, carry with core);
/// 2. rests drop to the low end of each card's range (DOMAIN.md §1, its beginner rest);
/// 3. a set off an accessory first, the heavy lift last, never below 2 (the heavy lift and, past the
///    beginner level, the single-leg lifts keep 3: `LiftVolume`);
/// 4. the lowering keeps the card's own tempo instead of slowing as the weeks go on;
/// 5. reps down by 2 on the longest exercise, never below 6 (calf work in a 30- or 45-minute session
///    never below 10, holds never below 15 s: `LiftVolume`);
/// 6. whole exercises that are not essential, least essential first: the carry, the second single-leg
///    lift, the heavy lift, the jumps (a PR chaser keeps the last two).
/// Every session keeps its warm-up, single-leg, calf, glute-med and core work; injury protocols are
/// never cut. What still runs long says so (`SessionTiming.overrunNote`).
enum SessionFit {
    /// A session's exercises while it is being built: `cards` and `slots` run parallel to `items`
    /// (`slots` nil for the warm-up and an injury protocol).
    struct Draft {
        var items: [PlanItem]
        var cards: [ExerciseCard]
        var slots: [PlanSlot?]
        var notes: [String]
        /// Jumps may come into the session (`PlanSession.jumps`).
        var jumps = false
        /// A slot's sets were lightened (a deload, a pain cut): the slots after it read how many were kept.
        var lightened = false
    }

    /// The one slot whose sets or reps `next` caps differently from `cuts`, when that is all they differ
    /// in: a draft with `next` can take every other slot from the draft with `cuts` (`Builder.strengthDraft`).
    static func onlySlotChanged(from cuts: Cuts, to next: Cuts) -> PlanSlot? {
        guard next.supersets == cuts.supersets, next.shortRests == cuts.shortRests, next.steadyTempo == cuts.steadyTempo,
              next.leftOut == cuts.leftOut else { return nil }
        let changed = Set(next.sets.keys).union(cuts.sets.keys).filter { next.sets[$0] != cuts.sets[$0] }
            .union(Set(next.work.keys).union(cuts.work.keys).filter { next.work[$0] != cuts.work[$0] })
        return changed.count == 1 ? changed.first : nil
    }

    /// What the minutes take out of a session.
    struct Cuts: Equatable {
        /// Accessories paired as supersets.
        var supersets = false
        /// Rests at the low end of each card's range.
        var shortRests = false
        /// The card's own tempo every week (no slower lowering as a progression step).
        var steadyTempo = false
        /// Slots left out, in the order they went.
        var leftOut: [PlanSlot] = []
        /// The most sets a slot may have.
        var sets: [PlanSlot: Int] = [:]
        /// The most reps (or seconds of a hold) a slot may have.
        var work: [PlanSlot: Int] = [:]

        /// "Fitted to your 30 minutes: fewer sets (…); no carry and no second single-leg lift." or nil.
        func note(minutes: Int) -> String? {
            var parts: [String] = []
            if supersets { parts.append("paired exercises go back to back as supersets") }
            if shortRests { parts.append("shorter rests") }
            if !sets.isEmpty || !work.isEmpty { parts.append("fewer sets or reps, with load or a harder variant rising instead as the weeks go on") }
            if !leftOut.isEmpty { parts.append(leftOut.map { "no \($0.title)" }.joined(separator: ", ")) }
            return parts.isEmpty ? nil : "Fitted to your \(minutes) minutes: " + parts.joined(separator: "; ") + "."
        }
    }

    /// How far past its minutes a session may run and still count as on time: 15 ± 1.5, 30 ± 2, 45 ± 3.
    static func tolerance(minutes: Int) -> Int { minutes <= 15 ? 90 : minutes <= 30 ? 120 : 180 }

    /// Slots paired as supersets when time is short: each pair is calf with glute med, carry with core.
    static let supersetPairs: [(PlanSlot, PlanSlot)] = [(.calf, .gluteMed), (.carry, .core)]

    /// Slots that may be left out, the first to go first. A PR chaser keeps the heavy lift and the jumps:
    /// they are what the goal is about (DOMAIN.md §2, Goals), and a session too long says so instead.
    static func optionalSlots(goal: Goal) -> [PlanSlot] {
        goal == .pr ? [.carry, .singleLegSecond] : [.carry, .singleLegSecond, .heavyLift, .plyometric]
    }
    /// Sets come off the accessories first and off the heavy lift last, each down to its floor
    /// (`LiftVolume.fewestSets`).
    static let setCutOrder: [PlanSlot] = [.carry, .core, .gluteMed, .calf, .singleLegSecond, .singleLegMain, .plyometric, .heavyLift]

    /// The next cut for `draft` (built with `cuts`) to fit `minutes`; nil when it fits or nothing more
    /// may go. The caller rebuilds the session with the new cuts and asks again: a capped slot
    /// progresses by load or variant instead, so only the rebuilt session says whether it now fits.
    /// - Parameter kept: slots whose sets come off last and which are never left out (the strength check's weak areas).
    static func nextCut(_ draft: Draft, after cuts: Cuts, minutes: Int, goal: Goal, level: Level, kept: Set<PlanSlot> = []) -> Cuts? {
        // Aim at the minutes with half the tolerance to spare: the cuts are coarse, and the runner's own pace varies.
        guard SessionTiming.seconds(draft.items, draft.cards) > minutes * 60 + tolerance(minutes: minutes) / 2 else { return nil }
        var next = cuts
        if !cuts.supersets, supersetPairs.contains(where: { draft.slots.contains($0.0) && draft.slots.contains($0.1) }) {
            next.supersets = true
        } else if !cuts.shortRests {
            next.shortRests = true
        } else if let i = setToCut(draft, level: level, kept: kept), let slot = draft.slots[i] {
            next.sets[slot] = draft.items[i].dose.sets - 1
        } else if !cuts.steadyTempo {
            next.steadyTempo = true
        } else if let (slot, cap) = workToCut(draft, after: cuts, level: level, minutes: minutes) {
            next.work[slot] = cap
        } else if let slot = optionalSlots(goal: goal).first(where: { draft.slots.contains($0) && !kept.contains($0) }) {
            next.leftOut.append(slot)
            next.sets[slot] = nil
            next.work[slot] = nil
        } else {
            return nil
        }
        return next
    }

    /// The exercise to lose a set: the first slot of `setCutOrder` above its floor, the one with the most
    /// sets among equals; protocols aside.
    private static func setToCut(_ draft: Draft, level: Level, kept: Set<PlanSlot>) -> Int? {
        for slot in setCutOrder.filter({ !kept.contains($0) }) + setCutOrder.filter(kept.contains) {
            let candidates = draft.items.indices.filter {
                draft.slots[$0] == slot && draft.items[$0].dose.sets > LiftVolume.fewestSets(slot, card: draft.cards[$0], level: level)
            }
            if let i = candidates.max(by: { draft.items[$0].dose.sets < draft.items[$1].dose.sets }) { return i }
        }
        return nil
    }

    /// The longest exercise (as timed) whose reps or hold can still come down, and its new cap.
    /// A slot already capped at least as low is passed over: its dose is held up by something else
    /// (a beginner's 10 reps in the technique weeks), so capping again would change nothing.
    private static func workToCut(_ draft: Draft, after cuts: Cuts, level: Level, minutes: Int) -> (PlanSlot, Int)? {
        var best: (slot: PlanSlot, cap: Int, seconds: Int)?
        for i in draft.items.indices {
            guard let slot = draft.slots[i], slot != .plyometric, slot != .heavyLift else { continue }
            let cap: Int
            switch draft.items[i].dose.work {
            case let .reps(range) where range.upperBound > LiftVolume.fewestReps(slot, card: draft.cards[i], level: level, minutes: minutes):
                cap = max(LiftVolume.fewestReps(slot, card: draft.cards[i], level: level, minutes: minutes), range.upperBound - 2)
            case let .seconds(s) where s > LiftVolume.fewestSeconds: cap = max(LiftVolume.fewestSeconds, s - 10)
            default: continue
            }
            if let current = cuts.work[slot], current <= cap { continue }
            let seconds = SessionTiming.seconds([draft.items[i]], [draft.cards[i]])
            if best == nil || seconds > best!.seconds { best = (slot, cap, seconds) }
        }
        return best.map { ($0.slot, $0.cap) }
    }

    /// `dose` within a slot's caps: at most `cap` reps or seconds.
    static func capped(_ dose: Dose, work cap: Int?) -> Dose {
        guard let cap else { return dose }
        var capped = dose
        switch dose.work {
        case let .reps(range) where range.upperBound > cap: capped.work = .reps(min(range.lowerBound, cap)...cap)
        case let .seconds(s) where s > cap: capped.work = .seconds(cap)
        default: break
        }
        return capped
    }

    /// The lowest rest of `card` over the levels: the low end of its range.
    static func shortestRest(_ card: ExerciseCard, default rest: Int) -> Int {
        card.dose.values.map(\.rest).min().map { min($0, rest) } ?? rest
    }
}

extension PlanSlot {
    /// How a note names the slot: "carry", "second single-leg lift".
    var title: String {
        switch self {
        case .gluteMed: "glute-med exercise"
        case .plyometric: "jumps"
        case .heavyLift: "heavy lift"
        case .singleLegMain: "single-leg lift"
        case .singleLegSecond: "second single-leg lift"
        case .calf: "calf exercise"
        case .carry: "carry"
        case .core: "core exercise"
        }
    }
}
