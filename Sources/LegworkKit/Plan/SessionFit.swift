/// Rule: a strength session fits the minutes the runner has (`session-minutes`), timed as the engine
/// will run it (`SessionTiming`).
///
/// The templates (DOMAIN.md §2) say what a session of each length holds; at the doses of the higher
/// levels that runs well past the length. The cuts are chosen once, on the session at the hardest
/// doses the plan reaches, and every week keeps them, so every week fits and the progression still
/// shows: a slot whose sets were cut progresses by reps, load and tempo instead of sets (as the
/// 15-minute template does), and a deload week halves what is left. In order, timed again after each
/// cut:
/// 1. a set off the exercise with the most sets, never below 2 (the later exercise of equals first);
/// 2. whole exercises that are not essential, least essential first: the carry, the second single-leg
///    lift, the heavy lift, the jumps (a PR chaser keeps the last two). Every session keeps its single-leg, calf, glute-med and core work,
///    and injury protocols are never cut.
/// What still runs long says so (`SessionTiming.overrunNote`).
enum SessionFit {
    /// A session's exercises while it is being built: `cards` and `slots` run parallel to `items`
    /// (`slots` nil for an injury protocol).
    struct Draft {
        var items: [PlanItem]
        var cards: [ExerciseCard]
        var slots: [PlanSlot?]
        var notes: [String]
    }

    /// What the minutes take out of a session.
    struct Cuts: Equatable {
        /// Slots left out, in the order they went.
        var leftOut: [PlanSlot] = []
        /// The most sets a slot may have.
        var sets: [PlanSlot: Int] = [:]

        /// "Fitted to your 30 minutes: fewer sets (…); no carry and no second single-leg lift." or nil.
        func note(minutes: Int) -> String? {
            var parts: [String] = []
            if !sets.isEmpty { parts.append("fewer sets, with reps rising instead as the weeks go on") }
            if !leftOut.isEmpty { parts.append(leftOut.map { "no \($0.title)" }.joined(separator: ", ")) }
            return parts.isEmpty ? nil : "Fitted to your \(minutes) minutes: " + parts.joined(separator: "; ") + "."
        }
    }

    /// Slots that may be left out, the first to go first. A PR chaser keeps the heavy lift and the jumps:
    /// they are what the goal is about (DOMAIN.md §2, Goals), and a session too long says so instead.
    static func optionalSlots(goal: Goal) -> [PlanSlot] {
        goal == .pr ? [.carry, .singleLegSecond] : [.carry, .singleLegSecond, .heavyLift, .plyometric]
    }
    /// Sets are never cut below this.
    static let fewestSets = 2

    /// The next cut for `draft` (built with `cuts`) to fit `minutes`; nil when it fits or nothing more
    /// may go. The caller rebuilds the session with the new cuts and asks again: a capped slot
    /// progresses by reps instead of sets, so only the rebuilt session says whether it now fits.
    static func nextCut(_ draft: Draft, after cuts: Cuts, minutes: Int, goal: Goal) -> Cuts? {
        guard SessionTiming.seconds(draft.items, draft.cards) > minutes * 60 else { return nil }
        var next = cuts
        if let i = setToCut(draft), let slot = draft.slots[i] {
            next.sets[slot] = draft.items[i].dose.sets - 1
        } else if let slot = optionalSlots(goal: goal).first(where: { draft.slots.contains($0) }) {
            next.leftOut.append(slot)
            next.sets[slot] = nil
        } else {
            return nil
        }
        return next
    }

    /// Sets come off the accessories first and off the heavy lift last, which keeps at least 3 work
    /// sets (DOMAIN.md §2: advanced 3–4 × 3–6).
    static let setCutOrder: [PlanSlot] = [.carry, .core, .gluteMed, .calf, .singleLegSecond, .singleLegMain, .plyometric, .heavyLift]
    static func fewestSets(for slot: PlanSlot) -> Int { slot == .heavyLift ? 3 : fewestSets }

    /// The exercise to lose a set: the first slot of `setCutOrder` above its floor, the one with the most
    /// sets among equals; protocols aside.
    private static func setToCut(_ draft: Draft) -> Int? {
        for slot in setCutOrder {
            let candidates = draft.items.indices.filter { draft.slots[$0] == slot && draft.items[$0].dose.sets > fewestSets(for: slot) }
            if let i = candidates.max(by: { draft.items[$0].dose.sets < draft.items[$1].dose.sets }) { return i }
        }
        return nil
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
