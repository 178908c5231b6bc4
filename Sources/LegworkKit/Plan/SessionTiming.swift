/// Rule: a session that runs past the runner's minutes (`session-minutes`) says so, timed as the session
/// engine will run it: every rep at its tempo, both sides of one-leg work, the rests, set-up between
/// exercises (logging not counted).
///
/// The templates (DOMAIN.md §2) name what a session of each length holds; at the doses of the higher
/// levels they can run well past it. The plan keeps the template and its progression, and tells the
/// runner the real length instead of promising one it cannot keep.
enum SessionTiming {
    /// How long the engine will run these items (`cards` one per item), in seconds.
    static func seconds(_ items: [PlanItem], _ cards: [ExerciseCard]) -> Int {
        var timed = (0..<min(items.count, cards.count)).map { PlanSessions.sessionItem(items[$0], card: cards[$0], cue: false) }
        // The warm-up's moves run before its activation on every strength session (`SessionFraming`);
        // the skippable cool-down is not counted in the runner's minutes.
        if let warmUp = timed.firstIndex(where: { $0.role == .warmUp }) {
            timed.insert(contentsOf: SessionFraming.warmUpMoves(lying: false), at: warmUp)
        }
        // The steps the engine will run, summed as it sums them (`SessionEngine.plannedTotal`).
        let plan = SessionPlan(id: "timing", title: "", kind: .strength, items: timed, runningCue: "")
        return plan.totalSeconds(with: .defaults(for: .strength))
    }

    /// "Timed as you will follow it, this session takes about 58 minutes, …" when the items run more
    /// than `tolerance` past `minutes`; else nil.
    static func overrunNote(_ items: [PlanItem], _ cards: [ExerciseCard], minutes: Int) -> String? {
        let total = seconds(items, cards)
        guard total > minutes * 60 + SessionFit.tolerance(minutes: minutes) else { return nil }
        return "Timed as you will follow it, this session takes about \((total + 59) / 60) minutes, more than your "
            + "\(minutes): leave out the last exercise or a set of each when time is short."
    }
}
