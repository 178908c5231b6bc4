import Foundation
import LegworkKit
import LegworkStore
import Testing

@Suite(.serialized) struct WallTimeNowTests {
    @Test func nowIsTheSystemClockWithTheSameOffsetFoundationReports() {
        let before = Int64(Date().timeIntervalSince1970)
        let now = WallTime.now()
        let after = Int64(Date().timeIntervalSince1970.rounded(.up))
        #expect(now.secondsSince1970 >= before && now.secondsSince1970 <= after)
        #expect(now.utcOffsetSeconds == TimeZone.current.secondsFromGMT())
    }

    /// A POSIX TZ rule needs no time-zone database, so this holds on a bare CI image too.
    @Test func theOffsetFollowsTZ() {
        let saved = getenv("TZ").map { String(cString: $0) }
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        setenv("TZ", "IST-5:30", 1)
        tzset()
        #expect(WallTime.now().utcOffsetSeconds == 19_800)
        setenv("TZ", "EST5", 1)
        tzset()
        #expect(WallTime.now().utcOffsetSeconds == -18_000)
    }
}
