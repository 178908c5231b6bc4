/// The programme put into the plan through the plan's own stages, so every rule of a plan session still
/// holds for it (DOMAIN §3, §6): the safety gate (`SafetyDecision.adapt`, the one the door uses), the jump
/// gates of the day (`Plan.jumpBlock`), the week's light doses and frozen doses, the fit to the runner's
/// minutes (cutting sets, then the last exercises, never choosing again), then the words.
extension ProgrammeSchedule {
    /// Reps in reserve for a programme's exercises: rehab work stays well short of failure (DOMAIN §6,
    /// Effort: rehab items ≥3), further in race week (≥4).
    public static let effort = RepsInReserve(3, 4)
    public static let raceWeekEffort = RepsInReserve(4, 5)

    /// `plan` with the programme on its days.
    /// - Parameters:
    ///   - lastSessions: a card's last logged sessions in the programme, oldest first, for doses that are frozen.
    public func scheduled(into plan: Plan, catalog: Catalog, profile: Profile, level: Level, safety: SafetyDecision,
                          jumpGate: JumpGate, lastSessions: (String) -> [[SetRecord]]) -> Plan {
        var out = plan
        guard safety.strengthAllowed else { return out }
        var placed = 0
        for w in out.weeks.indices {
            let week = plan.weeks[w]
            let light = week.sessions.contains { $0.light == true }
            for d in week.days.indices {
                let day = week.days[d]
                guard day.date >= first, day.date <= last else { continue }
                let own = day.session?.kind == .strength ? day.session : nil
                guard falls(on: day.date) else {
                    // In place of the plan's sessions, but a tendon protocol keeps its days: its stages are
                    // counted in weeks, and weeks missed would bring it back a stage too heavy (DOMAIN §3, §6).
                    if placement == .instead, let own { out.weeks[w].days[d].session = Self.protocolPart(of: own, catalog: catalog) }
                    continue
                }
                // Mobility days after a race and the race itself stay as they are.
                guard day.session?.kind != .mobility, day.run != .race,
                      var planned = session(on: day.date, plan: plan, in: week, light: light, catalog: catalog, profile: profile,
                                            level: level, safety: safety, jumpGate: jumpGate, lastSessions: lastSessions) else { continue }
                if placement == .beside, let own {
                    planned = merged(own, with: planned, catalog: catalog, minutes: profile.sessionMinutes.minutes)
                } else if let own, let protocolPart = Self.protocolPart(of: own, catalog: catalog) {
                    planned = merged(protocolPart, with: planned, catalog: catalog, minutes: profile.sessionMinutes.minutes)
                }
                out.weeks[w].days[d].session = planned
                placed += 1
            }
        }
        let who = routine.byline.map { " (\($0))" } ?? ""
        let place = placement == .instead ? "in place of the plan's own sessions" : "beside the plan's own sessions"
        out.notices.append(PlanNotice(.programme, "\(owner) \"\(routine.title)\"\(who) is in your plan \(when), \(place)"
            + (placed == 0 && out.weeks.contains { $0.days.contains { falls(on: $0.date) } } ? "; nothing of it is allowed on its days for now." : ".")))
        return out
    }

    /// The programme's session on `date`, or nil when the gate allows none of it.
    func session(on date: CalendarDate, plan: Plan, in planWeek: PlanWeek, light: Bool, catalog: Catalog, profile: Profile, level: Level,
                 safety: SafetyDecision, jumpGate: JumpGate, lastSessions: (String) -> [[SetRecord]]) -> PlanSession? {
        // The safety gate: the same adaptation as at the door (easier variants, left-out cards, the tendon's holds).
        guard var adapted = safety.adapt(routine.sessionPlan(id: "programme-\(date)", catalog: catalog, level: level), catalog: catalog, level: level)
        else { return nil }
        // The jump gates of the day, and none in a light week.
        let jumpBlock = light ? "a light week has no jumps" : plan.jumpBlock(on: date, profile: profile, gate: jumpGate, impactBlocked: safety.impactBlocked)
        let jumpsBlocked = jumpBlock != nil
        let jumps = adapted.items.filter { catalog.card(id: $0.cardID)?.kind == .power }.map(\.name)
        if jumpsBlocked { adapted.items.removeAll { catalog.card(id: $0.cardID)?.kind == .power } }
        guard !adapted.items.isEmpty else { return nil }
        let exercises = Dictionary(routine.allExercises.map { ($0.card, $0) }, uniquingKeysWith: { first, _ in first })
        let heavyFree = Self.isHeavyFree(date, plan: plan, profile: profile)
        var items = adapted.items.map { item -> PlanItem in
            // A stretch keeps the stretch place wherever the routine put it; the rest is the programme's work.
            let stretch = item.role == .stretch || catalog.card(id: item.cardID)?.kind == .stretch
            let role: PlanItem.Role = item.role == .warmUp ? .warmUp : stretch ? .stretch : .programme
            let timed = { if case .seconds = item.dose.work { true } else { false } }()
            let rir = role == .programme && !timed ? (planWeek.phase == .taper ? Self.raceWeekEffort : Self.effort) : nil
            var planItem = PlanItem(cardID: item.cardID, name: item.name, role: role, dose: item.dose, tempo: item.tempo, rir: rir,
                                    why: "\(owner): \(routine.title).")
            let written = exercises[item.cardID]
            if let written, written.side != .both { planItem.soreSideOnly = true }
            planItem.note = [written.flatMap { $0.side == .both ? nil : "\($0.side.rawValue.capitalized) side only" }, written?.note]
                .compactMap { $0 }.joined(separator: " · ")
            if planItem.note?.isEmpty == true { planItem.note = nil }
            planItem.repStart = item.repStart
            // The doses stage: a light week's fewer sets; while doses are frozen, no more than last time.
            if light { planItem.dose = DoseRule.lighten(planItem.dose) }
            // Nothing heavy on the long run's day or the day after, nor near a race: a weight the writer
            // asked for becomes a light one, as in the plan's own sessions (DOMAIN §2, Session structure; Races).
            if heavyFree, role == .programme, let load = planItem.dose.load, !load.isBodyWeight { planItem.dose.load = Load(.lightWeight) }
            if safety.dosesFrozen, let last = AutoRegulation.lastOfKind(planItem.dose, in: lastSessions(item.cardID)) {
                planItem.dose = AutoRegulation.frozen(planItem.dose, role: planItem.role, lastSession: last)
            }
            return planItem
        }
        items = Self.fitted(items, catalog: catalog, seconds: profile.sessionMinutes.minutes * 60, keepFirst: 0)
        var session = PlanSession(title: "\(routine.title) (\(owner.lowercased()))", kind: .strength,
                                  minutes: Self.minutes(items, catalog: catalog), items: items,
                                  runningCue: adapted.runningCue,
                                  notes: ["\(owner)\(routine.byline.map { ", \($0)" } ?? ""): week \(week(of: date)) of \(weeks), \(when)."]
                                      + [routine.note].compactMap { $0 }
                                      + (jumpsBlocked && !jumps.isEmpty ? ["\(jumps.joined(separator: " and ")) left out: \(jumpBlock ?? "no jumps today")."] : []))
        session.light = light ? true : nil
        session.jumps = !jumpsBlocked
        return session
    }

    /// `date` takes no heavy leg work: the long run's day or the day after it (`AfterLongRun`), or the
    /// days before a race (`PlanConstants.heavyFreeDays`) and the week after it.
    static func isHeavyFree(_ date: CalendarDate, plan: Plan, profile: Profile) -> Bool {
        // The plan's own days (moved key runs included); the profile's week for a day outside the plan
        // (the long run the day before the block began).
        let days = Dictionary(plan.weeks.flatMap(\.days).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        let profileWeek = WeeklySchedule(profile: profile, start: plan.start, race: plan.raceDate)
        func run(_ day: CalendarDate) -> PlanDay.Run? { days[day].map(\.run) ?? profileWeek.run(on: day) }
        if run(date) == .long || run(date.adding(days: -1)) == .long { return true }
        guard let race = plan.raceDate else { return false }
        let daysOut = race.days(since: date)
        return daysOut < PlanConstants.heavyFreeDays(before: profile.raceDistance) && daysOut > -PlanConstants.heavyFreeDaysAfterRace
    }

    /// The tendon protocol of the plan's own session (with its warm-up), or nil when it holds none.
    static func protocolPart(of own: PlanSession, catalog: Catalog) -> PlanSession? {
        guard own.items.contains(where: { $0.role == .injuryModule }) else { return nil }
        var part = own
        part.items = own.items.filter { $0.role == .injuryModule || $0.role == .warmUp }
        part.minutes = minutes(part.items, catalog: catalog)
        return part
    }

    /// The plan's own session followed by the programme's exercises it does not already hold, fitted by
    /// cutting the programme's part only.
    func merged(_ own: PlanSession, with programme: PlanSession, catalog: Catalog, minutes: Int) -> PlanSession {
        var session = own
        let held = Set(own.items.map(\.cardID))
        let added = programme.items.filter { !held.contains($0.cardID) && $0.role != .warmUp }
        session.items = Self.fitted(own.items + added, catalog: catalog, seconds: minutes * 60, keepFirst: own.items.count)
        session.minutes = Self.minutes(session.items, catalog: catalog)
        session.notes += programme.notes
        session.jumps = (own.jumps ?? false) && (programme.jumps ?? false) ? true : own.jumps
        return session
    }

    /// The fit stage: sets come off the longest exercises, then the last exercises go, until the session
    /// runs within `seconds` and the plan's tolerance. Items before `keepFirst` are not touched; at least
    /// one exercise of the rest stays.
    static func fitted(_ items: [PlanItem], catalog: Catalog, seconds: Int, keepFirst: Int) -> [PlanItem] {
        var items = items
        let limit = seconds + SessionFit.tolerance(minutes: seconds / 60)
        func over() -> Bool { timed(items, catalog: catalog) > limit }
        while over() {
            let cuttable = items.indices.filter { $0 >= keepFirst && items[$0].dose.sets > 1 }
            if let index = cuttable.max(by: { items[$0].dose.sets < items[$1].dose.sets }) {
                items[index].dose.sets -= 1
            } else if items.count > keepFirst + 1 {
                items.removeLast()
            } else {
                break
            }
        }
        return items
    }

    static func minutes(_ items: [PlanItem], catalog: Catalog) -> Int {
        (timed(items, catalog: catalog) + 59) / 60
    }

    /// Seconds the engine runs `items` (an item whose card left the catalog is not timed).
    public static func timed(_ items: [PlanItem], catalog: Catalog) -> Int {
        let pairs = items.compactMap { item in catalog.card(id: item.cardID).map { (item, $0) } }
        return SessionTiming.seconds(pairs.map(\.0), pairs.map(\.1))
    }
}

