/// "Worse the morning after the last session", counted for the clinician rule (DOMAIN §3: worse the next
/// morning twice). A report is about the morning after one session, so reports that follow the same
/// session (the runner checked in twice before training again) are one morning, not two: only a new
/// session makes a new morning to report.
enum WorseMornings {
    /// How many distinct mornings were reported worse in `checkIns` after `cleared` (when given) and within
    /// `window` days of `today`. `sessionDays` are the days strength sessions were done; a report with no
    /// known session before it stands for its own day.
    static func count(in checkIns: [CheckIn], sessionDays: [CalendarDate], clearedOn cleared: CalendarDate?,
                      today: CalendarDate, window: Int) -> Int {
        var mornings = Set<CalendarDate>()
        for checkIn in checkIns where checkIn.morningAfter == .worse && checkIn.date <= today {
            guard cleared.map({ checkIn.date > $0 }) ?? true, today.days(since: checkIn.date) <= window else { continue }
            // The session the morning followed: the last one before the day of the check-in.
            mornings.insert(sessionDays.filter { $0 < checkIn.date }.max() ?? checkIn.date)
        }
        return mornings.count
    }
}
