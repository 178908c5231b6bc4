import Testing
@testable import LegworkKit

@Suite("Runs: distances and times typed and shown")
struct RunWordsTests {
    @Test func distancesInKilometresOrMiles() {
        #expect(RunWords.parseDistance("8km") == 8000)
        #expect(RunWords.parseDistance("21.1 km") == 21_100)
        #expect(RunWords.parseDistance("5mi") == 5 * 1609.344)
        #expect(RunWords.parseDistance("10k") == 10_000)
        #expect(RunWords.parseDistance("800m") == 800)
        for bad in ["8", "km", "8kg", "-5km", "1e3km", "eight km", ""] { #expect(RunWords.parseDistance(bad) == nil, "\(bad)") }
    }

    @Test func timesAsHoursMinutesSeconds() {
        #expect(RunWords.parseDuration("1:58:00") == 7080)
        #expect(RunWords.parseDuration("45:10") == 2710)
        #expect(RunWords.parseDuration("45") == 2700)
        for bad in ["1:60:00", "45:61", "", "1::0", "a:10", "1:2:3:4"] { #expect(RunWords.parseDuration(bad) == nil, "\(bad)") }
        #expect(RunWords.duration(7080) == "1:58:00")
    }

    @Test func distancesShownWithOneDecimal() {
        #expect(RunWords.distance(8000) == "8 km")
        #expect(RunWords.distance(21_097) == "21.1 km")
    }

    @Test func limitsRefuseTypingSlips() {
        #expect(RunRecord(date: CalendarDate(year: 2026, month: 1, day: 1)!, metres: 800_000, kind: .easy, sourceID: "x").problems.count == 1)
        #expect(RunRecord(date: CalendarDate(year: 2026, month: 1, day: 1)!, metres: 8000, seconds: 0, kind: .easy, pain: 11, sourceID: "x").problems.count == 2)
        #expect(RunRecord(date: CalendarDate(year: 2026, month: 1, day: 1)!, metres: 8000, kind: .easy, sourceID: "x").problems.isEmpty)
    }
}
