import Testing
@testable import LegworkKit

@Suite("CalendarDate")
struct ProfileCalendarDateTests {
    @Test(arguments: [
        ("1970-01-01", 0, Weekday.thu),
        ("2000-02-29", 11_016, Weekday.tue),
        ("2025-10-12", 20_373, Weekday.sun),
        ("2026-03-02", 20_514, Weekday.mon),
        ("1969-12-31", -1, Weekday.wed),
    ])
    func dayNumberAndWeekday(text: String, dayNumber: Int, weekday: Weekday) throws {
        let date = try #require(CalendarDate(text: text))
        #expect(date.dayNumber == dayNumber)
        #expect(date.weekday == weekday)
        #expect(CalendarDate(dayNumber: dayNumber) == date)
        #expect(date.description == text)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-04-31", "25-01-01", "2025-1-1", "2025/01/01", "", "2025-01-0x", "2025-00-10"])
    func rejectsImpossibleOrMalformedDates(text: String) {
        #expect(CalendarDate(text: text) == nil)
    }

    @Test func arithmeticCrossesMonthsAndYears() throws {
        let date = try #require(CalendarDate(text: "2024-12-30"))
        #expect(date.adding(days: 3).description == "2025-01-02")
        #expect(date.adding(days: 61).description == "2025-03-01")
        #expect(date.adding(days: 3).days(since: date) == 3)
        #expect(date.startOfWeek.description == "2024-12-30")
        #expect(date.adding(days: 6).startOfWeek == date)
    }

    @Test func weekdayWordsAndWrapping() {
        #expect(Weekday(word: "Wednesday") == .wed)
        #expect(Weekday(word: "thur") == .thu)
        #expect(Weekday(word: "th") == nil)
        #expect(Weekday.sun.advanced(by: 1) == .mon)
        #expect(Weekday.mon.advanced(by: -1) == .sun)
    }
}
