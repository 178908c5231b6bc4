/// Rule: a strength session on the long-run day or the day after it (DOMAIN §2, Session structure: plyo
/// and heavy lifts not after the long run; §6, After the long run: single-leg work with ≥3 reps in reserve
/// at its usual sets, nothing near failure).
///
/// The long run has already tired the legs: the session has no jumps and no heavy lift, every lift stops
/// at least `minRIR` reps short of failure, and the sets stay what the runner's other sessions give them.
/// The heavy lift's time is not handed to the single-leg work: the session is fitted to the minutes as if
/// it still held the jumps and the heavy lift, then they are left out, so it runs shorter.
enum AfterLongRun {
    /// Reps in reserve at least, for every lift of the session (DOMAIN §6: ≥3).
    static let minRIR = 3

    /// Whether `date` is the long-run day or the day after it.
    static func applies(_ date: CalendarDate, schedule: WeeklySchedule) -> Bool {
        schedule.run(on: date) == .long || schedule.run(on: date.adding(days: -1)) == .long
    }

    /// The effort of a lift in the session: at least `minRIR` reps in reserve.
    static func effort(_ rir: RepsInReserve?) -> RepsInReserve? { rir.map { DoseRule.atLeast(minRIR, $0) } }

    /// What the session says, on the long-run day or the day after.
    static func note(_ date: CalendarDate, schedule: WeeklySchedule) -> String {
        let when = schedule.run(on: date) == .long ? "After the long run" : "The day after the long run"
        return "\(when): no jumps and no heavy lift today, and every set stops at least \(minRIR) reps short of failure."
    }
}
