import LegworkKit
import LegworkStore

/// The runner's calendar date, read at the edge (the core never reads a clock).
enum LocalCalendar {
    static func today() -> CalendarDate {
        WallTime.now().localDate
    }
}
