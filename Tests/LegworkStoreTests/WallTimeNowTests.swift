import Foundation
import LegworkKit
import LegworkStore
import Testing

/// The offset under another TZ is checked in a child process (`EndToEndTests.TimeZoneTests`): setting TZ
/// here would change it for every test running beside this one.
@Suite struct WallTimeNowTests {
    @Test func nowIsTheSystemClockWithTheSameOffsetFoundationReports() {
        let before = Int64(Date().timeIntervalSince1970)
        let now = WallTime.now()
        let after = Int64(Date().timeIntervalSince1970.rounded(.up))
        #expect(now.secondsSince1970 >= before && now.secondsSince1970 <= after)
        #expect(now.utcOffsetSeconds == TimeZone.current.secondsFromGMT())
    }
}
