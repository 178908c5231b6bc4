/// The one gate in front of every workout (DOMAIN.md §3): from the profile, today's check-in and the log
/// it decides what training is allowed today and why. Today's session, a chosen session, the stretch
/// routine, a resumed session, `--plain` and the plan all ask it.
///
/// Pure: the caller passes today and what the log holds.
public enum SafetyGate {
    /// Pain above this (0–10), at a check-in or after a set, regresses and freezes doses (DOMAIN §3).
    public static let painLimit = PlanConstants.regressPain
    /// Daily pain above this is a flare: no jumping (DOMAIN §3 "Blocks").
    public static let flarePain = PlanConstants.flarePain
    /// Sessions in a row at or below `painLimit` that end a pain episode.
    public static let settledSessions = 2
    /// Pain above the limit for this many days pauses progression and refers to a clinician.
    public static let persistentPainDays = 14
    /// Pain at the check-in from this (0–10) makes a tendon reactive: isometric holds or rest, not more
    /// repetitions (DOMAIN §6, A reactive tendon; Rio 2015, evidence mixed).
    public static let reactiveTendonPain = 6
    /// The injuries whose heel-raise work loads a tendon (or the plantar fascia with it).
    public static let tendons: Set<Injury> = [.achilles, .plantar]
    /// The holds a reactive tendon gets instead: about 5 × 45 s at a moderate-to-heavy effort, 2 min apart.
    public static let reactiveTendonHoldSeconds = 45
    public static let reactiveTendonHolds = Dose.hold(5, seconds: reactiveTendonHoldSeconds, rest: 120)
    /// A session too short for 5 holds keeps at least this many [conv: Rio 2015 used 5; fewer still calm
    /// the tendon for a while, and the runner's minutes are kept].
    public static let fewestReactiveTendonHolds = 3

    /// "Worse the next morning" this many times within `persistentPainDays` also pauses progression.
    public static let worseMorningsToRefer = 2

    /// What `profile` may do on `today`, given the log.
    /// - Parameter checkIn: today's answers when the runner has just given them (also counted when the
    ///   journal already holds them).
    public static func decide(profile: Profile, history: SafetyHistory = SafetyHistory(), today: CalendarDate,
                              checkIn: CheckIn? = nil) -> SafetyDecision {
        var journal = history.journal
        if let checkIn { journal = journal.recording(checkIn) }
        let signs = profile.redFlags.union(checkIn?.newSigns ?? [])
        let rules = Set(signs.map(\.rule))
        var decision = SafetyDecision(signs: signs, rules: rules)

        // Pain: readings per day from check-ins and sets, the worst of each day.
        var dayPain: [CalendarDate: Int] = [:]
        for entry in journal.checkIns where entry.date <= today && !entry.pain.isEmpty {
            dayPain[entry.date] = max(dayPain[entry.date] ?? 0, entry.worstPain)
        }
        for set in history.setPain where set.date <= today {
            dayPain[set.date] = max(dayPain[set.date] ?? 0, set.pain)
        }
        // A run logged with pain is a reading of that day, like a check-in's: it names no exercise and no
        // area, so above the limit every exercise goes one step easier (below).
        for run in history.runPain where run.date <= today {
            dayPain[run.date] = max(dayPain[run.date] ?? 0, run.pain)
        }
        let days = dayPain.keys.sorted()
        if let lastHigh = days.last(where: { dayPain[$0]! > painLimit }) {
            let settled = days.filter { $0 > lastHigh && dayPain[$0]! <= painLimit }.count
            if settled < settledSessions {
                decision.painEpisode = true
                decision.painfulExercises = Set(history.setPain.filter { $0.date >= lastHigh.adding(days: -persistentPainDays) && $0.pain > painLimit }
                    .map(\.exerciseID))
                // Pain at a check-in belongs to an injury: the exercises that load that area go one step
                // easier, not the whole session (DOMAIN §6: only the painful exercise is regressed).
                let areas = journal.checkIns.filter { $0.date == lastHigh }.flatMap { $0.pain.filter { $0.value > painLimit }.keys }
                decision.painfulAreas = Set(areas)
                decision.regressesEverything = areas.contains(.other) || (areas.isEmpty && decision.painfulExercises.isEmpty)
                decision.worstPain = dayPain[lastHigh]!
            }
        }
        // The profile's own pain answer counts as today's reading until a check-in answers pain (a check-in
        // that left pain unanswered replaces nothing).
        let lastPainAnswer = journal.checkIns.last { $0.date <= today && !$0.pain.isEmpty }
        if !decision.painEpisode, lastPainAnswer == nil, profile.currentPain > painLimit {
            decision.painEpisode = true
            decision.painfulAreas = Set(profile.injuries.filter { $0.pain > painLimit }.map(\.injury))
            decision.regressesEverything = decision.painfulAreas.contains(.other)
            decision.worstPain = profile.currentPain
        }
        // A reactive tendon: today's answer for it at 6/10 or more (DOMAIN §6).
        if let answers = journal.checkIns.last(where: { $0.date == today }) ?? checkIn.flatMap({ $0.date == today ? $0 : nil }) {
            decision.reactiveTendons = Set(answers.pain.filter { $0.value >= reactiveTendonPain && Self.tendons.contains($0.key) }.keys)
        }

        // Worse the morning after the last session: one step easier today (DOMAIN §3 "Modify").
        if journal.checkIns.last(where: { $0.date == today })?.morningAfter == .worse {
            decision.worseMorning = true
            decision.regressesEverything = true
        }

        // Persistent pain or worse mornings since the last clearance: progression pauses, see a clinician.
        let cleared = journal.lastClearance
        let recent = days.filter { cleared == nil || $0 > cleared! }
        if let last = recent.last, dayPain[last]! > painLimit {
            var first = last
            for day in recent.reversed() {
                guard dayPain[day]! > painLimit else { break }
                first = day
            }
            if last.days(since: first) >= persistentPainDays { decision.progressionPaused = .persistentPain(days: last.days(since: first)) }
        }
        let worse = WorseMornings.count(in: journal.checkIns, sessionDays: history.sessionDays, clearedOn: cleared,
                                        today: today, window: persistentPainDays)
        if decision.progressionPaused == nil, worse >= worseMorningsToRefer { decision.progressionPaused = .worseMornings(worse) }

        // A flare: the latest pain answer (the last check-in that answered pain, or a run logged with pain
        // after it, else the profile's) above 3/10.
        var latestPain = lastPainAnswer.map(\.worstPain) ?? profile.currentPain
        let laterRuns = history.runPain.filter { run in run.date <= today && lastPainAnswer.map { run.date > $0.date } ?? true }
        if let run = laterRuns.max(by: { ($0.date, $0.pain) < ($1.date, $1.pain) }) {
            latestPain = run.pain
        }
        decision.flare = latestPain > flarePain

        decision.stoppedToday = history.safetyStops.contains { $0.date == today }
        decision.stoppedExercises = Set(history.safetyStops.filter { $0.date == today }.compactMap(\.exerciseID))
        return decision
    }
}
