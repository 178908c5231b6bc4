import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// The check-in through the store, on chosen days: what the runner answered once is not asked back as
/// today's answer, so one worse morning followed by two sessions is one worse morning.
@Suite struct CheckInHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 2)!

    static func noon(_ date: CalendarDate) -> WallTime {
        WallTime(secondsSince1970: Int64(date.dayNumber) * 86_400 + 12 * 3_600, utcOffsetSeconds: 0)
    }

    static func trained(on date: CalendarDate, in app: TestApp) throws {
        _ = try app.context.store.beginSession(kind: .strength, title: "Strength", startedAt: noon(date), plannedSeconds: 1_800, preview: false)
    }

    @Test func aWorseMorningIsNotAskedBackAsTodaysAnswer() throws {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: Self.day.adding(days: -3))
        try Self.trained(on: Self.day.adding(days: -2), in: app)
        try app.context.recordCheckIn(CheckIn(date: Self.day.adding(days: -1), pain: [.knee: 4], morningAfter: .worse))
        try Self.trained(on: Self.day.adding(days: -1), in: app)
        for offset in [0, 1] {
            let date = Self.day.adding(days: offset)
            let questions = try app.context.checkInQuestions(today: date)
            #expect(questions.asksMorning)
            #expect(questions.answers.morningAfter == nil, "the morning after is unanswered until the runner answers it")
            #expect(questions.answers.pain.isEmpty)
            #expect(questions.painHints == [.knee: 4], "last time's pain is a hint")
            try app.context.recordCheckIn(questions.answers)
            try Self.trained(on: date, in: app)
        }
        let decision = try app.context.safetyDecision(today: Self.day.adding(days: 1))
        #expect(decision.progressionPaused == nil, "one worse morning, two sessions later, is still one")
        #expect(!decision.worseMorning)
        #expect(try app.context.safetyJournal().checkIns.filter { $0.morningAfter == .worse }.count == 1)
    }
}
