import Foundation
import LegworkKit

/// The runner's calendar date, read at the edge (the core never reads a clock).
enum LocalCalendar {
    static func today() -> CalendarDate {
        let now = Date()
        let local = Int64(now.timeIntervalSince1970) + Int64(TimeZone.current.secondsFromGMT(for: now))
        return CalendarDate(dayNumber: Int((local - (local < 0 ? 86_399 : 0)) / 86_400))
    }

    static func wallTime() -> WallTime {
        let now = Date()
        return WallTime(secondsSince1970: Int64(now.timeIntervalSince1970), utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: now))
    }
}
