/// Rule: when plyometrics (jumps, hops, bounds) are allowed (DOMAIN.md §2 Level and §3 Blocks).
///
/// Never with a red flag (impact is blocked until a clinician clears it), during a flare (pain above
/// 3/10), with any current injury or when coming back from one (jumps return only after the return
/// criteria), for a beginner
/// in the first 4 weeks (pogo hops after 4 pain-free weeks), in race week or the final 7 days before the
/// race. Otherwise in 1 session a week (2 for advanced runners) and within a weekly contact budget.
enum PlyoGate {
    /// Why no plyometrics in week `number` of phase `phase`, or nil when they are allowed.
    /// - Parameter gate: the block's jump gate: where a beginner's pain-free weeks count from.
    static func weekBlock(profile: Profile, weekNumber: Int, phase: PlanPhase, gate: JumpGate = JumpGate()) -> String? {
        if !profile.redFlags.isEmpty {
            return "No jumping or hopping: you reported a warning sign, so a clinician should clear you first."
        }
        if let flare = profile.injuries.filter({ $0.pain > PlanConstants.flarePain }).max(by: { $0.pain < $1.pain }) {
            return "No jumping during a flare: your \(flare.injury.phrase) pain is \(flare.pain)/10 (above \(PlanConstants.flarePain))."
        }
        // Coming back from an injury counts as "after injury" even once it no longer hurts, until the
        // return-to-jumping test is passed.
        if afterInjury(profile) {
            return "No jumping until you pass the return-to-jumping test: \(ReturnToJumping.description); \(ReturnToJumping.recordHint())."
        }
        if profile.level == .beginner, gate.weeksCounted(atWeek: weekNumber) <= PlanConstants.painFreeWeeksBeforeBeginnerPlyo {
            return "No jumping yet: pogo hops come after \(PlanConstants.painFreeWeeksBeforeBeginnerPlyo) pain-free weeks of strength work."
        }
        if phase == .taper || phase == .recovery { return "No jumping in race week." }
        // A deload eases the legs off: jumps wait for the next usual week (DOMAIN §6, Jumps).
        if phase == .deload { return "No jumping in a deload week: the legs get an easier week." }
        return nil
    }

    /// Whether jumping waits for the return-to-jumping test: an injury that hurts now, or one the runner is
    /// coming back from, and no passed test on record.
    static func afterInjury(_ profile: Profile) -> Bool {
        let injured = profile.injuries.contains(where: \.isCurrent) || (profile.goal == .painFree && !profile.injuries.isEmpty)
        return injured && profile.hopTestPassed == nil
    }

    /// Why no plyometrics on `date` with a race on `race`, or nil.
    static func dateBlock(date: CalendarDate, race: CalendarDate?) -> String? {
        guard let race else { return nil }
        let daysOut = race.days(since: date)
        return (0..<PlanConstants.plyoFreeDaysBeforeRace).contains(daysOut)
            ? "No jumping in the final \(PlanConstants.plyoFreeDaysBeforeRace) days before the race." : nil
    }

    /// Jump sessions a week: by level, and only one at high mileage or while the weekly distance rises
    /// steeply (DOMAIN §2, §6 Mileage: the legs already take the running's impact).
    static func sessionsPerWeek(_ level: Level, weeklyKm: Double = 0, steady: Bool = true) -> Int {
        let byLevel = PlanConstants.plyoSessionsPerWeek[level] ?? 1
        return weeklyKm >= PlanConstants.highMileageKm || !steady ? min(1, byLevel) : byLevel
    }

    /// Foot contacts one session may hold: the weekly budget shared by the week's jump sessions.
    static func contactsPerSession(_ level: Level) -> Int {
        (PlanConstants.plyoContactsPerWeek[level] ?? 60) / sessionsPerWeek(level)
    }
}
