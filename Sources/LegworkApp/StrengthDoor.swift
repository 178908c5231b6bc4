import LegworkKit

/// Which strength session the runner asked for.
package enum StrengthRequest: Sendable {
    /// Today's planned session (`session today`, Home's "Today's session").
    case today
    /// The next planned session, done today ("a session anyway", `session next`).
    case next
    /// One exercise card as a session of its own (`session ID`).
    case card(String)
    /// A planned session picked on the plan screen.
    case planned(PlanSession, CalendarDate)
    /// A routine (the runner's own, or a therapist's programme) run on its own.
    case routine(Routine)
}

/// Where a strength door leads.
package enum StrengthDoorOutcome: Sendable {
    /// Start this session (already through the gate); `preface` says what it is when that is not obvious.
    case run(SessionPlan, preface: [String])
    /// No strength work now, and why.
    case refused(headline: String, lines: [String], offersStretch: Bool, urgent: Bool)
    /// Nothing is planned today: what today is, and what the runner may do instead.
    case outlook(TodayOutlook)
}

/// The one way every strength session starts — screens, `--plain`, Home, the plan screen, a chosen card:
/// the safety gate decides, then today's plan or the card is adapted to what the gate allows.
package enum StrengthDoor {
    package static func resolve(_ request: StrengthRequest, context: AppContext, checkIn: CheckIn?) throws -> StrengthDoorOutcome {
        let today = context.today()
        let profile = try context.profile()
        // What the runner has and may do today, once for every choice below (`Capability`).
        let capability = try context.capability(today: today, checkIn: checkIn)
        let safety = capability.safety
        if !safety.strengthAllowed { return refusal(safety) }
        let level = capability.level
        func gated(_ plan: SessionPlan, preface: [String] = []) -> StrengthDoorOutcome {
            guard var adapted = safety.adaptWithNotes(plan, catalog: context.catalog, level: level) else {
                return .refused(headline: "Nothing of this session is allowed today.", lines: safety.reasons,
                                offersStretch: safety.stretchingAllowed, urgent: false)
            }
            // While doses are frozen, whatever the door made of the session (an easier card, a card of its
            // own) asks no more than that exercise's last session did (DOMAIN §3, §6).
            if safety.dosesFrozen {
                adapted.plan = withinLastDone(adapted.plan, context: context)
                adapted.plan.dosesFrozen = true
            }
            // Every strength session opens with the timed warm-up moves and closes with the cool-down,
            // as today's safety allows them.
            adapted.plan = SessionFraming.framed(adapted.plan, catalog: context.catalog, safety: safety)
            // A warning sign or a paused progression is read before every session it shapes.
            let why = safety.allowance < .regressions || safety.progressionPaused != nil ? safety.reasons : []
            return .run(adapted.plan, preface: preface + why + adapted.notes)
        }
        switch request {
        case let .card(id):
            let plan: SessionPlan, swaps: [String]
            do {
                (plan, swaps) = try TodaySession.singleCard(cardID: id, catalog: context.catalog, profile: profile, level: level)
            } catch { throw Failure(error.description) }
            if let card = context.catalog.card(id: plan.items[0].cardID), let reason = safety.blockReason(card),
               safety.easierAllowed(than: card, catalog: context.catalog, level: level, excluding: []) == nil {
                return .refused(headline: "\(card.name) is not for today: \(reason).", lines: safety.reasons,
                                offersStretch: safety.stretchingAllowed, urgent: safety.urgent)
            }
            // A jump chosen by card passes the same gates as one the plan brings (DOMAIN §6, Jumps).
            if let card = context.catalog.card(id: plan.items[0].cardID), card.kind == .power,
               let reason = try jumpBlock(today: today, profile: profile, capability: capability, context: context) {
                return .refused(headline: "\(card.name) is a jump, and jumps are not for today.", lines: [sentence(reason)],
                                offersStretch: safety.stretchingAllowed, urgent: false)
            }
            // What was swapped for the runner's equipment is read before the session, in plain words.
            return gated(plan, preface: swaps)
        case let .routine(routine):
            // A jump in a routine passes the day's gates as a chosen card does (DOMAIN §6, Jumps).
            var plan = routine.sessionPlan(id: "routine-\(today)", catalog: context.catalog, level: level)
            var notes = routine.byline.map { ["\(routine.title), \($0)."] } ?? []
            if plan.items.contains(where: { context.catalog.card(id: $0.cardID)?.kind == .power }),
               let reason = try jumpBlock(today: today, profile: profile, capability: capability, context: context) {
                plan.items.removeAll { context.catalog.card(id: $0.cardID)?.kind == .power }
                notes.append("No jumps today: " + sentence(reason))
                guard !plan.items.isEmpty else {
                    return .refused(headline: "\(routine.title) is all jumps, and jumps are not for today.", lines: [sentence(reason)],
                                    offersStretch: safety.stretchingAllowed, urgent: false)
                }
            }
            return gated(plan, preface: notes)
        case let .planned(session, date):
            let (plan, notes) = try movedToToday(PlanSessions.sessionPlan(session, date: date, catalog: context.catalog), done: today,
                                                 planned: date, profile: profile, capability: capability, context: context)
            return gated(plan, preface: (date == today ? [] : ["This is your session of \(date.weekday.title) \(date), done today."]) + notes)
        case .today, .next:
            guard let profile else {
                // No profile, no plan: a general starter session, said as such, never passed off as a plan.
                let plan: SessionPlan
                do { plan = try TodaySession.plan(catalog: context.catalog, profile: nil, level: level, date: today) } catch { throw Failure(error.description) }
                return gated(plan, preface: ["No profile yet, so no plan: this is a general starter session. Fill in your profile "
                    + "(Profile on the home screen) for a plan that fits you."])
            }
            let plan = try context.plan(for: profile, today: today)
            let outlook = TodayOutlook.make(plan: plan, today: today, safety: safety, doneToday: context.strengthDoneToday(today))
            // "next" is today's session when one is planned and not done yet.
            if outlook.kind == .planned, let session = outlook.session {
                return gated(PlanSessions.sessionPlan(session, date: today, catalog: context.catalog))
            }
            if case .next = request, let next = outlook.next, outlook.offersSessionAnyway {
                let (session, notes) = try movedToToday(PlanSessions.sessionPlan(next.session, date: next.date, catalog: context.catalog),
                                                        done: today, planned: next.date, profile: profile, capability: capability, context: context)
                return gated(session, preface: [outlook.warning, "This is your session of \(next.date.weekday.title) \(next.date), done today."]
                    .compactMap { $0 } + notes)
            }
            return .outlook(outlook)
        }
    }

    /// `plan` with each exercise at no more than its last logged session (an unreadable log changes nothing).
    private static func withinLastDone(_ plan: SessionPlan, context: AppContext) -> SessionPlan {
        var plan = plan
        guard let sets = try? context.store.recentSets(exercises: plan.items.map(\.cardID), sessions: LogHistory.sessionsRead) else { return plan }
        let recent = LogHistory.recent(sets, count: LogHistory.sessionsRead)
        for i in plan.items.indices {
            let item = plan.items[i]
            guard let last = AutoRegulation.lastOfKind(item.dose, in: recent[LogHistory(cardID: item.cardID, role: item.role)] ?? []) else { continue }
            plan.items[i].dose = AutoRegulation.frozen(item.dose, role: item.role, lastSession: last)
        }
        return plan
    }

    /// Why no jump today, or nil (no profile: no plan, so the starter session's level decides; no jumps).
    private static func jumpBlock(today: CalendarDate, profile: Profile?, capability: Capability, context: AppContext) throws -> String? {
        guard let profile else { return "jumps come with a plan: fill in your profile first" }
        return capability.jumpBlock(on: today, in: try context.plan(for: profile, today: today))
    }

    /// A session planned for `planned` and done on `done`: its jumps stay only when today's gates allow them
    /// too (a session moved onto the long run's day, into a deload week or the race window loses them).
    private static func withoutJumps(_ plan: SessionPlan, done: CalendarDate, planned: CalendarDate, profile: Profile?,
                                     capability: Capability, context: AppContext) throws -> (SessionPlan, [String]) {
        let jumps = plan.items.filter { context.catalog.card(id: $0.cardID)?.kind == .power }
        guard !jumps.isEmpty, done != planned || capability.safety.impactBlocked,
              let reason = try jumpBlock(today: done, profile: profile, capability: capability, context: context) else { return (plan, []) }
        var kept = plan
        kept.items.removeAll { item in jumps.contains { $0.cardID == item.cardID } }
        return (kept, ["No jumps today: " + afterColon(reason)])
    }

    /// A session planned for `planned` and done on `done`, fitted to `done`: without the jumps and the heavy
    /// lift that day may not take, with a line for each.
    private static func movedToToday(_ plan: SessionPlan, done: CalendarDate, planned: CalendarDate, profile: Profile?,
                                     capability: Capability, context: AppContext) throws -> (SessionPlan, [String]) {
        let (withoutJumps, noJumps) = try withoutJumps(plan, done: done, planned: planned, profile: profile, capability: capability, context: context)
        let (kept, noHeavy) = try withoutHeavyLift(withoutJumps, done: done, planned: planned, profile: profile, context: context)
        return (kept, noJumps + noHeavy)
    }

    /// A session planned for `planned` and done on `done`: its heavy lift stays only when `done` may take one
    /// (DOMAIN §2 Session structure: no heavy lift after the long run; Races: none in the days before one).
    private static func withoutHeavyLift(_ plan: SessionPlan, done: CalendarDate, planned: CalendarDate, profile: Profile?,
                                         context: AppContext) throws -> (SessionPlan, [String]) {
        guard done != planned, let profile, plan.items.contains(where: { $0.role == .heavyLift }) else { return (plan, []) }
        let read = try context.plan(for: profile, today: done)
        let reason: String
        if read.weeks.flatMap(\.days).first(where: { $0.date == done })?.run == .long {
            reason = "you run long today, and a heavy lift belongs on a fresher day"
        } else if let race = read.raceDate, case let daysOut = race.days(since: done),
                  (0..<PlanConstants.heavyFreeDays(before: profile.raceDistance)).contains(daysOut) {
            reason = "your race is \(daysOut == 0 ? "today" : daysOut == 1 ? "tomorrow" : "\(daysOut) days away"), and your legs need to be fresh for it"
        } else {
            return (plan, [])
        }
        var kept = plan
        let heavy = kept.items.filter { $0.role == .heavyLift }.map(\.name)
        kept.items.removeAll { $0.role == .heavyLift }
        if kept.items.last?.supersetWithNext == true { kept.items[kept.items.count - 1].supersetWithNext = nil }
        return (kept, ["No \(heavy.joined(separator: " or ")) today: \(reason)."])
    }

    /// `text` as a sentence: a capital first, a full stop at the end.
    /// `text` as the rest of a line after a colon: a lower-case start (a word, not a name such as "ITBS"),
    /// and a full stop.
    private static func afterColon(_ text: String) -> String {
        let chars = Array(text)
        let word = chars.count > 1 && chars[0].isUppercase && chars[1].isLowercase
        let lowered = word ? chars[0].lowercased() + String(chars.dropFirst()) : text
        return lowered.hasSuffix(".") ? lowered : lowered + "."
    }

    private static func sentence(_ text: String) -> String {
        let capital = text.prefix(1).uppercased() + text.dropFirst()
        return capital.hasSuffix(".") ? capital : capital + "."
    }

    static func refusal(_ safety: SafetyDecision) -> StrengthDoorOutcome {
        .refused(headline: safety.urgent ? "Urgent care today: no training, no stretching." : "No strength work today.",
                 lines: safety.reasons, offersStretch: safety.stretchingAllowed, urgent: safety.urgent)
    }

    /// Whether an interrupted session may resume as it was: the gate allows its kind today and every
    /// exercise still ahead is allowed as planned (else starting anew adapts it).
    static func resumable(_ plan: SessionPlan, context: AppContext) throws -> (ok: Bool, lines: [String]) {
        let safety = try context.safetyDecision(today: context.today())
        if plan.kind == .stretch {
            return safety.stretchingAllowed ? (true, []) : (false, safety.reasons)
        }
        guard safety.strengthAllowed else { return (false, safety.reasons) }
        let changed = plan.items.contains { item in
            guard let card = context.catalog.card(id: item.cardID) else { return safety.allowance != .everything }
            return !safety.permits(card) || safety.regresses(card)
        }
        return changed ? (false, ["Today's safety rules change this session: start anew to get it adapted."] + safety.reasons) : (true, [])
    }
}
