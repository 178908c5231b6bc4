import LegworkKit
import LegworkStore
import LegworkTUI

/// DOMAIN §6, "Stale sessions": an interrupted session saved on an earlier day is not today's session.
/// Resuming it would log yesterday's plan, its doses and its safety answers as today's training. It is
/// set aside instead: closed in the log as stopped early (the sets done stay in the history) with a
/// message, and today's plan runs. One interrupted earlier today is still offered for resuming, unless
/// the safety gate now forbids what is left of it.
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

extension PersistedSession {
    /// Why today's safety gate no longer lets this strength session go on as it was started, or nil: the
    /// gate refuses strength work now, it holds the doses a session made before the hold may raise, or an
    /// exercise still ahead in it is one the gate forbids or a reactive tendon's raises (DOMAIN §6: the same rules on every path — a sign recorded after the
    /// interruption counts for what is left of the session).
    func gateChange(_ safety: SafetyDecision, catalog: Catalog) -> String? {
        guard snapshot.plan.kind == .strength else { return nil }
        if !safety.strengthAllowed { return "today's safety answers allow no strength work now" }
        // Its doses were made before the hold: what is left of it may ask more than the last session did.
        if safety.dosesFrozen, snapshot.plan.dosesFrozen != true { return Self.holdBegun }
        // The warm-up moves and the cool-down have no card: they were framed for the day's safety, and the
        // exercises between them decide.
        for item in snapshot.plan.items where !SessionFraming.isFraming(item) {
            guard let card = catalog.card(id: item.cardID) else {
                // As the door: an exercise the catalog no longer knows runs only on an unrestricted day.
                if safety.allowance != .everything { return "\(item.name) cannot be checked against today's safety answers" }
                continue
            }
            if let reason = safety.blockReason(card) { return "\(item.name) is not for today any more: \(reason.lowercased())" }
            if safety.holdsForTendon(card), item.tempo != .isometric { return "your tendon hurts 6/10 or more today: holds, not raises" }
        }
        return nil
    }

    /// Why a session made before a hold of every dose is not resumed under it.
    static let holdBegun = "your answers hold every dose where it was last time"

    /// What the runner reads when the gate set it aside.
    func gateMessage(_ reason: String) -> String {
        "Your session \"\(snapshot.plan.title)\" was not finished, and since then \(reason). It is kept in your "
            + "history as far as you got, and today's session starts afresh from the safety check."
    }
}

extension SessionPersistence {
    /// The interrupted session a door of `kinds` may resume today (first found first), and what to tell
    /// the runner about those set aside (`setAsideIfNotResumable`); `fresh` discards the one found.
    package static func resumable(context: AppContext, kinds: [SessionPlan.Kind], fresh: Bool,
                                  today: CalendarDate) throws -> (pending: PersistedSession?, setAside: [String]) {
        var pending: PersistedSession?
        var setAside: [String] = []
        for kind in kinds where pending == nil {
            pending = readableOrDropped(in: context.store, kind: kind)
            if let found = pending, let message = try setAsideIfNotResumable(found, context: context, today: today) {
                setAside.append(message)
                pending = nil
                continue
            }
            if fresh, let found = pending {
                try discard(found, in: context.store)
                pending = nil
            }
        }
        return (pending, setAside)
    }

    /// Sets `pending` aside when it may not be resumed: saved before `today` (`isStale`), or a strength
    /// session today's safety gate would no longer run as it stands (`gateChange`). Closed as stopped early
    /// (its sets kept), its snapshot removed. Returns the message to show, or nil when it may be resumed.
    static func setAsideIfNotResumable(_ pending: PersistedSession, context: AppContext, today: CalendarDate) throws -> String? {
        if pending.isStale(today: today) {
            try discard(pending, in: context.store)
            return pending.setAsideMessage(today: today)
        }
        guard pending.snapshot.plan.kind == .strength,
              let reason = pending.gateChange(try context.safetyDecision(today: today), catalog: context.catalog) else { return nil }
        try discard(pending, in: context.store)
        return pending.gateMessage(reason)
    }
}

extension SessionStart {
    /// The page that says which interrupted sessions were set aside; Enter (or Esc) goes on to `next`.
    static func setAsideNote(_ messages: [String], then next: any Screen) -> any Screen {
        ChoiceScreen(title: "Not finished", lines: messages, prompt: "Press Enter to go on.", accept: [.replace(next)],
                     decline: [.replace(next)], acceptLabel: "go on")
    }
}
