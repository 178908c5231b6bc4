import LegworkKit
import LegworkStore
import LegworkTUI

/// DOMAIN §6, "Stale sessions": an interrupted session saved on an earlier day is not today's session.
/// Resuming it would log yesterday's plan, its doses and its safety answers as today's training. It is
/// set aside instead: closed in the log as stopped early (the sets done stay in the history) with a
/// message, and today's plan runs. One interrupted earlier today is still offered for resuming.
extension PersistedSession {
    /// The runner's calendar day on which the session was last saved.
    var day: CalendarDate { AppContext.day(savedAt) }

    /// Saved on a day before `today`.
    func isStale(today: CalendarDate) -> Bool { day < today }

    /// What the runner reads when it is set aside.
    func setAsideMessage(today: CalendarDate) -> String {
        let what = snapshot.plan.kind == .stretch ? "stretch routine" : "session"
        return "Your \(what) \"\(snapshot.plan.title)\" of \(day.spoken(today: today)) was not finished; "
            + "it is kept in your history as far as you got, and today starts afresh."
    }
}

extension SessionPersistence {
    /// Sets `pending` aside when it was saved before `today`: closed as stopped early (its sets kept),
    /// its snapshot removed. Returns the message to show, or nil when it is today's and may be resumed.
    static func setAsideIfStale(_ pending: PersistedSession, in store: Store, today: CalendarDate) throws -> String? {
        guard pending.isStale(today: today) else { return nil }
        try discard(pending, in: store)
        return pending.setAsideMessage(today: today)
    }
}

extension SessionStart {
    /// The page that says which interrupted sessions were set aside; Enter (or Esc) goes on to `next`.
    static func setAsideNote(_ messages: [String], then next: any Screen) -> any Screen {
        ChoiceScreen(title: "Not finished", lines: messages, prompt: "Press Enter to go on.", accept: [.replace(next)],
                     decline: [.replace(next)], acceptLabel: "go on")
    }
}
