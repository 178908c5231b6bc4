/// Turns the plan's sessions into sessions the engine can run: "Today's session" on the home menu and a
/// session started from the plan screen.
public enum PlanSessions {
    /// The session the plan holds for `date`, ready for the engine; nil on a day without a session (or a
    /// date outside the plan).
    /// - Parameter catalog: fills in what the plan does not carry (one side at a time, coaching cues,
    ///   figures); without it the items have no cue and count as two-sided.
    public static func today(plan: Plan, date: CalendarDate, catalog: Catalog? = nil) -> SessionPlan? {
        plan.session(on: date).map { sessionPlan($0, date: date, catalog: catalog) }
    }

    /// `session` as an engine session, with the id `plan-YYYY-MM-DD`.
    public static func sessionPlan(_ session: PlanSession, date: CalendarDate, catalog: Catalog? = nil) -> SessionPlan {
        let items = session.items.map { sessionItem($0, card: catalog?.card(id: $0.cardID)) }
        return SessionPlan(id: "plan-\(date)", title: session.title, kind: session.kind == .strength ? .strength : .stretch,
                           items: items, runningCue: session.runningCue)
    }

    /// One plan item as the engine runs it; `card` fills in one side at a time, the cue and the figure.
    /// Without `cue` the item has none: one only timed (`SessionTiming`) is never read.
    static func sessionItem(_ item: PlanItem, card: ExerciseCard?, cue withCue: Bool = true) -> SessionItem {
        var cue = ""
        if withCue {
            cue = card?.cues.first ?? ""
            if let note = item.note, !note.isEmpty { cue = cue.isEmpty ? note : "\(cue) · \(note)" }
            // What the log changed comes first: it is what the runner most needs to know before the set.
            if let change = PlanItemWords.change(item) { cue = cue.isEmpty ? change : "\(change) · \(cue)" }
        }
        var session = SessionItem(
            cardID: item.cardID, name: item.name, unilateral: (card?.unilateral ?? false) && item.soreSideOnly != true, tempo: item.tempo,
            dose: item.dose, cue: cue, why: item.why,
            figure: card.flatMap { $0.figure.isEmpty ? nil : $0.figure })
        session.supersetWithNext = item.supersetWithNext
        session.repStart = item.repStart ?? card?.repStart.stored
        session.rampUp = item.rampUp
        session.role = item.role
        if session.unilateral { session.extraSetSide = item.extraSetSide }
        return session
    }
}
