/// What today is, said plainly: the planned session, or why there is none (rest day, the day before the
/// long run, race week, recovery, paused for safety) and what the runner may do instead. "Today's
/// session" and `legwork session today` show it; they never start a generic session silently.
public struct TodayOutlook: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A session is planned today and may start (through the gate).
        case planned
        /// Today's planned session was already done.
        case done
        case restDay = "rest-day"
        case beforeKeyRun = "before-key-run"
        case raceDay = "race-day"
        case raceWeek = "race-week"
        case recovery
        /// A warning sign or a safety stop: no strength work today.
        case pausedForSafety = "paused-for-safety"
        /// No profile, so no plan.
        case noPlan = "no-plan"
    }

    public var kind: Kind
    /// One line: "Today is a rest day."
    public var headline: String
    /// What follows from it, and the safety reasons when there are any.
    public var details: [String]
    /// Today's planned session (kind `.planned` or `.done`).
    public var session: PlanSession?
    /// The next planned session after today, with its date: what "a session anyway" runs.
    public var next: (date: CalendarDate, session: PlanSession)?
    /// Whether the stretch routine may be offered.
    public var offersStretch: Bool
    /// Whether choosing a session anyway may be offered (with `warning` shown first).
    public var offersSessionAnyway: Bool
    /// What to read before doing a session anyway.
    public var warning: String?

    public static func == (a: TodayOutlook, b: TodayOutlook) -> Bool {
        a.kind == b.kind && a.headline == b.headline && a.details == b.details && a.session == b.session
            && a.next?.date == b.next?.date && a.next?.session == b.next?.session
            && a.offersStretch == b.offersStretch && a.offersSessionAnyway == b.offersSessionAnyway && a.warning == b.warning
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(kind); hasher.combine(headline); hasher.combine(details) }

    /// - Parameters:
    ///   - plan: the runner's plan (nil without a profile).
    ///   - doneToday: a strength session was completed today.
    public static func make(plan: Plan?, today: CalendarDate, safety: SafetyDecision, doneToday: Bool = false) -> TodayOutlook {
        let next = plan.flatMap { plan in
            plan.sessionDays.first { $0.date > today && $0.session?.kind == .strength }.map { (date: $0.date, session: $0.session!) }
        }
        let stretch = safety.stretchingAllowed
        func outlook(_ kind: Kind, _ headline: String, _ details: [String] = [], session: PlanSession? = nil,
                     anyway: Bool = true, warning: String? = nil) -> TodayOutlook {
            let canAnyway = anyway && safety.strengthAllowed && next != nil
            return TodayOutlook(kind: kind, headline: headline, details: details, session: session, next: next, offersStretch: stretch,
                                offersSessionAnyway: canAnyway, warning: canAnyway ? warning : nil)
        }
        if !safety.strengthAllowed {
            let headline = safety.urgent ? "Urgent care today: no training, no stretching." : "No strength work today."
            return outlook(.pausedForSafety, headline, safety.reasons, anyway: false)
        }
        guard let plan else {
            return outlook(.noPlan, "You have no plan yet.", ["Fill in your profile (Profile on the home screen) and Legwork "
                + "builds a plan that fits you. One exercise on its own runs from its card (Browse exercises)."], anyway: false)
        }
        let safetyLines = safety.allowance == .everything ? [] : safety.reasons
        let day = plan.week(containing: today)?.days.first { $0.date == today }
        if let session = day?.session {
            if doneToday { return outlook(.done, "Today's session is done ✓.", ["\(session.title) is in your log."], session: session, anyway: false) }
            return outlook(.planned, "Today: \(session.title).", safetyLines, session: session, anyway: false)
        }
        let week = plan.week(containing: today)
        let tomorrow = plan.week(containing: today.adding(days: 1))?.days.first { $0.date == today.adding(days: 1) }
        let nextLine = next.map { "Your next session: \($0.session.title) on \($0.date.weekday.title) \($0.date)." }
        let nextText = nextLine.map { " " + $0 } ?? ""
        if day?.run == .race {
            return outlook(.raceDay, "Race day: no strength work today. Run well!", safetyLines, anyway: false)
        }
        if let race = plan.raceDate, today > race, today.days(since: race) <= 7 || week?.phase == .recovery {
            return outlook(.recovery, "Recovery after your race: no strength work this week.", ["Easy mobility helps: the stretch routine is gentle on tired legs." + nextText] + safetyLines, anyway: false)
        }
        if week?.phase == .recovery {
            return outlook(.recovery, "Recovery week: mobility only.", [nextLine].compactMap { $0 } + safetyLines, anyway: false)
        }
        if week?.phase == .taper {
            return outlook(.raceWeek, "Race week: nothing planned today.", ["Rest keeps your legs fresh for the race." + nextText] + safetyLines,
                           warning: "It is race week: an extra session now takes freshness from your race. Keep it light.")
        }
        if let run = tomorrow?.run, run == .long || run == .workout || run == .race {
            let what = run == .long ? "your long run" : run == .race ? "your race" : "your workout run"
            return outlook(.beforeKeyRun, "Today is the day before \(what): nothing heavy for the legs.", ["A stretch or rest keeps your legs fresh." + nextText] + safetyLines,
                           anyway: run != .race,
                           warning: "Strength work today can leave your legs heavy for \(what) tomorrow. Keep it light, or choose another day.")
        }
        return outlook(.restDay, "Today is a rest day: no session planned.", ["Rest is when you get stronger." + nextText] + safetyLines,
                       warning: "This runs your next planned session today instead of on its day: leave at least a day of rest before the strength session after it.")
    }
}
