/// Rule: the days of the heel-raise protocol (DOMAIN.md §1, protocol rows): every second day (Rathleff),
/// which also gives the Achilles its three or more heavy slow sessions a week, 48 h apart.
///
/// Counted from the plan's start. A strength day, or a day around a race, moves the protocol to the next
/// free day, and the count goes on from there. The day before a key run is not skipped: a tendon
/// protocol keeps its rhythm (three heavy days a week at least) and costs the run less than a missed
/// week of loading. The protocol is a short session of its own, so it never makes a strength session run long;
/// the strength days between are its light days (heavy and light days for a tendon).
struct ModuleDays {
    let days: Set<CalendarDate>

    init(schedule: WeeklySchedule, through end: CalendarDate, strengthDays: Set<CalendarDate>) {
        var days: Set<CalendarDate> = []
        var date = schedule.start
        while date <= end {
            if strengthDays.contains(date) || schedule.calendarBlock(on: date) != nil {
                date = date.adding(days: 1)
                continue
            }
            days.insert(date)
            date = date.adding(days: PlanConstants.protocolEveryDays)
        }
        self.days = days
    }

    func contains(_ date: CalendarDate) -> Bool { days.contains(date) }

    /// The first protocol day on or after `date`: a protocol that begins that day has its first session there.
    func first(onOrAfter date: CalendarDate) -> CalendarDate? { days.filter { $0 >= date }.min() }
}
