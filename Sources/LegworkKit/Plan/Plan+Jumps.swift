/// Rule: jumps on a given day, whatever asks (DOMAIN §6, Jumps). A planned session carries its own answer
/// (`PlanSession.jumps`); a day without one — a card chosen by the runner, a session done on another day
/// than planned — follows the same gates: the level and its weeks, an injury without the return-to-jumping
/// test, a flare or a warning sign, a deload, the race window, the long run.
extension Plan {
    /// Why no jump may be done on `date`, or nil when one may.
    /// - Parameters:
    ///   - gate: the training block's jump gate (where a beginner's pain-free weeks count from).
    ///   - impactBlocked: the safety gate blocks impact today (a warning sign, pain above the limit).
    public func jumpBlock(on date: CalendarDate, profile: Profile, gate: JumpGate, impactBlocked: Bool) -> String? {
        if impactBlocked { return "no jumping while a warning sign or pain holds" }
        guard let week = week(containing: date) else { return "no jumping outside your plan's weeks" }
        let day = week.days.first { $0.date == date }
        if let session = day?.session, session.kind == .strength, session.jumps != nil {
            return session.allowsJumps ? nil : "this session has no jumps"
        }
        if let reason = PlyoGate.weekBlock(profile: profile, weekNumber: week.number, phase: week.phase, gate: gate)
            ?? PlyoGate.dateBlock(date: date, race: raceDate) {
            return reason
        }
        if day?.run == .long || day?.run == .race { return "no jumping on the day of your long run or race" }
        return nil
    }
}
