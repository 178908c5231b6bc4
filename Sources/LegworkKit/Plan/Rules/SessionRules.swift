/// The verifier: every rule of `PrescriptionRule` run on one produced session. It reads typed values only
/// (cards, roles, doses, reps in reserve, the plan's days), never a sentence, and decides nothing: a
/// session that breaks a rule is a fault of whatever produced it.
public enum SessionRules {
    /// The rules `session` breaks in `context` (empty: it passes).
    public static func check(_ session: ProducedSession, _ context: RuleContext) -> [RuleViolation] {
        var found: [RuleViolation] = []
        func broke(_ rule: PrescriptionRule, _ cardID: String? = nil, _ detail: String) {
            found.append(RuleViolation(rule: rule, date: session.date, cardID: cardID, detail: detail))
        }
        let safety = context.safety
        let items = session.items.compactMap { item in context.catalog.card(id: item.cardID).map { (item, $0) } }
        if safety.urgent, !session.items.isEmpty { broke(.noTrainingOnUrgentSign, nil, "a session on a day of an urgent warning sign") }
        if let interrupted = session.interruptedOn, interrupted < session.date {
            broke(.staleSession, nil, "a session interrupted on \(interrupted) resumed as today's")
        }

        let week = context.plan.week(containing: session.date)
        let day = week?.days.first { $0.date == session.date }
        let light = session.light ?? context.plan.session(on: session.date)?.light ?? false
        let raceDaysOut = context.plan.raceDate.map { $0.days(since: session.date) }

        // What the runner owns caps a weight in kilograms (`OwnedLoad.cap`); read only when one is asked.
        var selector: ExerciseSelector?
        func heaviestOwned(_ card: ExerciseCard) -> (tool: LoadTool, kg: Double)? {
            if selector == nil { selector = ExerciseSelector(cards: context.catalog.cards, profile: context.profile) }
            return OwnedLoad.cap(card, selector: selector!)
        }
        for (item, card) in items {
            if let kg = item.dose.load?.kilograms, let (tool, heaviest) = heaviestOwned(card), kg > heaviest + 0.001 {
                broke(.ownedLoad, card.id, "\(kg) kg asked, \(tool.limit(heaviest))")
            }
            if let reason = safety.blockReason(card) { broke(.permittedBySafety, card.id, reason) }
            if card.kind == .stretch, let role = item.role, role != .stretch, role != .warmUp, role != .coolDown {
                broke(.stretchesNotStrength, card.id, "a stretch in the \(role.rawValue) place")
            }
            if card.kind == .power, let reason = jumpBlock(session, light: light, week: week, day: day, raceDaysOut: raceDaysOut, context) {
                broke(.jumpsGated, card.id, reason)
            }
            if let rir = item.rir, rir.min < 1 { broke(.neverToFailure, card.id, "\(rir)") }
            if let rir = item.rir, let role = item.role {
                let floor = [.injuryModule, .painRelief, .programme].contains(role) ? 3 : role == .heavyLift ? 1 : 2
                if rir.min < floor { broke(.accessoryEffort, card.id, "\(role.rawValue) at \(rir), at least RIR \(floor)") }
            }
            if let raceDaysOut, card.kind == .power, (0..<PlanConstants.plyoFreeDaysBeforeRace).contains(raceDaysOut) {
                broke(.heavyFreeBeforeRace, card.id, "a jump \(raceDaysOut) days before the race")
            }
            // The warm-up and the cool-down are fixed minutes, not doses the log moves (`AutoRegulation`
            // leaves them as written): a programme's warm-up of 1 × 12 bridges after the plan's 1 × 10 is
            // another writer's warm-up, not a rise. A stretch is not a load either, wherever it stands: a
            // routine's 25 s calf stretch after the cool-down's 2 × 20 s asks nothing of a tendon a hold freezes.
            if safety.dosesFrozen, item.role != .coolDown, item.role != .warmUp, card.kind != .stretch,
               let last = context.lastDone[doneKey(item, card)], rises(item, card: card, from: last),
               context.lastLogged[doneKey(item, card)].map({ rises(item, card: card, from: $0) }) ?? true {
                broke(.frozenDoses, card.id, "\(item.dose.summary) after \(last.summary) while doses are frozen")
            }
        }

        if session.path != .plan {
            let tendon = items.filter { safety.holdsForTendon($0.1) }
            if tendon.count > 1 { broke(.reactiveTendon, tendon[1].1.id, "\(tendon.count) exercises load the reactive tendon") }
            for (item, card) in tendon {
                if case .reps = item.dose.work { broke(.reactiveTendon, card.id, "\(item.dose.summary) raises on a reactive tendon") }
            }
        }
        let heavy = session.items.filter { $0.role == .heavyLift }
        if heavy.count > 1 { broke(.oneHeavyLift, heavy[1].cardID, "\(heavy.count) heavy lifts in one session") }
        if let raceDaysOut, let first = heavy.first {
            let window = PlanConstants.heavyFreeDays(before: context.profile.raceDistance)
            if (0..<window).contains(raceDaysOut) { broke(.heavyFreeBeforeRace, first.cardID, "a heavy lift \(raceDaysOut) days before the race") }
        }
        if week?.phase == .taper, session.items.contains(where: { ($0.rir?.min ?? 4) < 4 }) {
            broke(.raceWeekLight, nil, "race week below 4 reps in reserve")
        }
        if day?.run == .long {
            if let first = heavy.first { broke(.afterLongRun, first.cardID, "a heavy lift on the long run's day") }
            for item in session.items where item.role == .singleLeg && (item.rir?.min ?? 3) < 3 {
                broke(.afterLongRun, item.cardID, "single-leg work at \(item.rir!) on the long run's day")
            }
        }
        let fullSession = !light && !session.isProtocolOnly && session.path == .plan
        if fullSession {
            let selector = ExerciseSelector(cards: context.catalog.cards, profile: context.profile)
            let footProtocol = InjuryModule(profile: context.profile, selector: selector).hasFootProtocol
            let protocolToday = items.contains { isHeelRaiseProtocol($0.0, $0.1) }
            for (item, card) in items where item.role == .calf {
                if footProtocol && !protocolToday && (card.unilateral || card.needsExternalLoad) {
                    broke(.lightCalfDay, card.id, "\(card.name) between the heavy heel-raise days")
                }
                // A 15-minute session is 4 exercises × 2 sets with nothing else to cut (DOMAIN §2, Templates).
                // A day the safety gate eases (pain, a worse morning, a sign) may go below it.
                guard context.profile.sessionMinutes != .short, safety.allowance == .everything, case let .reps(range) = item.dose.work else { continue }
                if item.dose.sets < calfFloorSets || (range.upperBound < calfFloorReps && !OwnedLoad.isHeavy(card, selector: selector)) {
                    broke(.calfFloor, card.id, "\(item.dose.summary)")
                }
            }
        }
        if !session.isProtocolOnly, session.path == .plan, let last = context.lastStrengthDay, last < session.date,
           session.date.days(since: last) < 2 {
            broke(.spacing, nil, "strength on consecutive days (\(last) and \(session.date))")
        }
        return found
    }

    /// The run column of `plan` around its race (DOMAIN §6, Race week): the rules a plan's days break.
    public static func checkRuns(_ plan: Plan, profile: Profile) -> [RuleViolation] {
        guard let race = plan.raceDate else { return [] }
        var found: [RuleViolation] = []
        for day in plan.weeks.flatMap(\.days) {
            let daysOut = race.days(since: day.date)
            if daysOut == 1, let run = day.run, run != .easy {
                found.append(RuleViolation(rule: .raceWeekRuns, date: day.date, cardID: nil, detail: "a \(run.rawValue) run the day before the race"))
            }
            if profile.raceDistance?.isLong == true, (1...6).contains(daysOut), day.run == .long {
                found.append(RuleViolation(rule: .raceWeekRuns, date: day.date, cardID: nil, detail: "a long run \(daysOut) days before the race"))
            }
        }
        return found
    }

    /// Calf work in a full session: at least this many sets of at least this many reps (DOMAIN §6).
    static let calfFloorSets = 2
    static let calfFloorReps = 10

    /// Why no jump belongs in `session`, checked afresh from the runner and the day (not from the session's
    /// own flag), or nil.
    private static func jumpBlock(_ session: ProducedSession, light: Bool, week: PlanWeek?, day: PlanDay?, raceDaysOut: Int?,
                                  _ context: RuleContext) -> String? {
        if light { return "a jump in a light session" }
        if context.safety.impactBlocked { return "a jump while a warning sign or pain blocks impact" }
        guard let week else { return nil }
        if let reason = PlyoGate.weekBlock(profile: context.profile, weekNumber: week.number, phase: week.phase, gate: context.jumpGate) {
            return reason
        }
        if day?.run == .long { return "a jump on the long run's day" }
        return nil
    }

    /// A heel-raise protocol's exercise (HSR, Rathleff, Alfredson): its stages change reps and load together,
    /// so any other stage is a change of dose.
    static func isHeelRaiseProtocol(_ item: ProducedSession.Item, _ card: ExerciseCard) -> Bool {
        item.role == .injuryModule && !Set(card.muscles.primary).isDisjoint(with: [.calves, .soleus, .plantarFascia])
    }

    /// The key of `RuleContext.lastDone` for `item`: its card in each job it does, as the log keeps its
    /// histories (`LogHistory`): 3 × 15 heel raises in the protocol and 2 × 20 in the calf place are two
    /// prescriptions, not one dose that moved, and a programme's dose is its writer's.
    public static func doneKey(_ item: ProducedSession.Item, _ card: ExerciseCard) -> String {
        doneKey(card, role: item.role)
    }

    /// The key of `RuleContext.lastDone` for `card` doing `role`.
    public static func doneKey(_ card: ExerciseCard, role: PlanItem.Role?) -> String {
        switch LogHistory.Job(role) {
        case .usual: card.id
        case .tendonProtocol: card.id + " protocol"
        case .programme: card.id + " programme"
        }
    }

    /// `item` asks more than `last`: more sets, reps or seconds; for a tendon protocol, any other stage.
    static func rises(_ item: ProducedSession.Item, card: ExerciseCard, from last: Dose) -> Bool {
        // Holds in place of raises (a reactive tendon's isometrics) or the other way round are another
        // kind of work, not more of the same.
        switch (item.dose.work, last.work) {
        case (.seconds, .reps), (.reps, .seconds): return false
        default: break
        }
        if isHeelRaiseProtocol(item, card) {
            return item.dose.sets > last.sets || (item.dose.sets == last.sets && item.dose.work != last.work)
        }
        if item.dose.sets > last.sets { return true }
        switch (item.dose.work, last.work) {
        case let (.reps(now), .reps(before)): return now.upperBound > before.upperBound
        case let (.seconds(now), .seconds(before)): return now > before
        default: return false
        }
    }
}
