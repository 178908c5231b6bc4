#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LegworkKit

extension WallTime {
    /// The current wall-clock time with this machine's UTC offset. Read at the edge (here and in the
    /// app), never in LegworkKit.
    ///
    /// The offset comes from the C library (`localtime_r`'s `tm_gmtoff`), which reads TZ and
    /// /etc/localtime like every other program; Foundation's `TimeZone` would load ICU's time-zone
    /// tables, a megabyte or two of memory at every start for one number.
    public static func now() -> WallTime {
        var seconds = time_t(0)
        time(&seconds)
        var fields = tm()
        let offset = localtime_r(&seconds, &fields) == nil ? 0 : Int(fields.tm_gmtoff)
        return WallTime(secondsSince1970: Int64(seconds), utcOffsetSeconds: offset)
    }
}
