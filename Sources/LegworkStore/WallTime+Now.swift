import Foundation
import LegworkKit

extension WallTime {
    /// The current wall-clock time with this machine's UTC offset. Read at the edge (here and in the
    /// app), never in LegworkKit.
    public static func now() -> WallTime {
        let date = Date()
        return WallTime(secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)),
                        utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: date))
    }
}
