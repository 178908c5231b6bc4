import LegworkKit
import LegworkStore
import Testing
@testable import LegworkApp

/// The block under a wrong clock (issue 23), on the app's own paths: the plan says once what looks wrong,
/// the block is kept, and no event records it until the date agrees with the block and the log again.
@Suite struct ClockHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 7)!

    /// A runner in block 7 (48 weeks done) whose last session was two days ago.
    static func seventhBlock() throws -> TestApp {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: day.adding(days: -21))
        try app.context.store.saveTrainingBlock(TrainingBlock(start: day.adding(days: -14).startOfWeek, number: 7, weeksBefore: 48, stepsBefore: 36))
        try logSession(app, on: day.adding(days: -2))
        return app
    }

    static func logSession(_ app: TestApp, on date: CalendarDate) throws {
        let started = WallTime(secondsSince1970: Int64(date.dayNumber) * 86_400 + 18 * 3_600)
        _ = try app.context.store.beginSession(kind: .strength, title: "Strength", startedAt: started, plannedSeconds: 1_800)
    }

    static func clockWarnings(_ app: TestApp, on date: CalendarDate) throws -> [PlanNotice] {
        try app.context.plan(for: DoorsHeadlessTests.runner(), today: date).warnings.filter { $0.kind == .clock }
    }

    /// 1970, 1990, 40 days back: the plan says so, a check-in and a profile edit record nothing, and with
    /// the clock right again block 7 carries on as it was.
    @Test(arguments: [CalendarDate(year: 1970, month: 1, day: 1)!, CalendarDate(year: 1990, month: 6, day: 1)!, day.adding(days: -40)])
    func aClockSetBackKeepsBlockSeven(wrong: CalendarDate) throws {
        let app = try Self.seventhBlock()
        let block = try app.context.trainingBlock()
        let warnings = try Self.clockWarnings(app, on: wrong)
        #expect(warnings.count == 1 && warnings[0].message.contains("\(wrong)"))
        #expect(try app.context.plan(for: DoorsHeadlessTests.runner(), today: wrong).block == 7)
        try app.context.recordCheckIn(CheckIn(date: wrong, pain: [.knee: 3]))
        var edited = DoorsHeadlessTests.runner()
        edited.strengthDays = 3
        try app.context.saveProfile(edited, today: wrong)
        #expect(try app.context.trainingBlock() == block, "nothing recorded while the date is wrong")
        #expect(try Self.clockWarnings(app, on: Self.day).isEmpty)
        #expect(try app.context.plan(for: edited, today: Self.day).block == 7)
        try app.context.recordBlock(today: Self.day)
        #expect(try app.context.trainingBlock()?.number == 7, "the date agrees again: block 7 is recorded as it stands")
    }

    /// Home says it where the runner starts, and stops saying it once the date is right.
    @Test func homeSaysWhatLooksWrong() throws {
        let app = try Self.seventhBlock()
        let wrong = CalendarDate(year: 1990, month: 6, day: 1)!
        #expect(SessionStart.todayLines(context: app.context, today: wrong).contains { $0.contains("before your training block began") })
        #expect(!SessionStart.todayLines(context: app.context, today: Self.day).contains { $0.contains("training block began") })
    }

    /// Before the last logged session, even inside the block: told, nothing recorded.
    @Test func aDateBeforeTheLastSessionRecordsNothing() throws {
        let app = try Self.seventhBlock()
        let block = try app.context.trainingBlock()
        let before = try #require(block?.start.adding(days: 1))
        try Self.logSession(app, on: before.adding(days: 5))
        #expect(try Self.clockWarnings(app, on: before).count == 1)
        try app.context.recordCheckIn(CheckIn(date: before, pain: [.knee: 7]))
        #expect(try app.context.trainingBlock() == block)
    }

    /// A first run while the clock read 1990: the plan carries on from that block today (told once), and
    /// the first session logged with the right date records the block holding today.
    @Test func aFirstRunIn1990CarriesOnOnceASessionIsLogged() throws {
        let app = try TestApp()
        try app.context.saveProfile(DoorsHeadlessTests.runner(), today: CalendarDate(year: 1990, month: 3, day: 1)!)
        let block = try app.context.trainingBlock()
        #expect(try Self.clockWarnings(app, on: Self.day).count == 1)
        let plan = try app.context.plan(for: DoorsHeadlessTests.runner(), today: Self.day)
        #expect(plan.week(containing: Self.day) != nil, "the plan holds today")
        try app.context.recordBlock(today: Self.day)
        #expect(try app.context.trainingBlock() == block)
        try Self.logSession(app, on: Self.day)
        try app.context.recordBlock(today: Self.day)
        let recorded = try #require(try app.context.trainingBlock())
        #expect(recorded.start <= Self.day && recorded.number == plan.block && recorded.weeksBefore <= TrainingBlock.maxWeeks)
        #expect(try Self.clockWarnings(app, on: Self.day).isEmpty)
    }

    /// 400 days ahead and back, reading only: the block is as it was.
    @Test func aClockAYearAheadAndBackChangesNothing() throws {
        let app = try Self.seventhBlock()
        let block = try app.context.trainingBlock()
        let ahead = try app.context.plan(for: DoorsHeadlessTests.runner(), today: Self.day.adding(days: 400))
        #expect(ahead.block > 7 && ahead.warnings.allSatisfy { $0.kind != .clock })
        #expect(try app.context.trainingBlock() == block)
        #expect(try app.context.plan(for: DoorsHeadlessTests.runner(), today: Self.day).block == 7)
    }

    /// A block recorded while the clock ran 400 days ahead (a session logged then), read with the clock
    /// right again: its start is in the future, which only a wrong clock explains. The block is kept as
    /// it was, the runner is told once (in the plan and on Home), and no event rewrites it until the date
    /// reaches it again.
    @Test func aBlockDatedAYearAheadIsTheClocksProblem() throws {
        let app = try Self.seventhBlock()
        let ahead = Self.day.adding(days: 400)
        try Self.logSession(app, on: ahead)
        try app.context.recordBlock(today: ahead)
        let future = try #require(try app.context.trainingBlock())
        #expect(future.start > Self.day.adding(days: 300) && future.number > 7, "recorded at the date it was told")
        let warnings = try Self.clockWarnings(app, on: Self.day)
        #expect(warnings.count == 1 && warnings[0].message.contains("\(Self.day)"))
        #expect(SessionStart.todayLines(context: app.context, today: Self.day).filter { $0.contains("check the date") }.count == 1)
        try app.context.recordCheckIn(CheckIn(date: Self.day, pain: [.knee: 2]))
        var edited = DoorsHeadlessTests.runner()
        edited.sessionMinutes = .long
        try app.context.saveProfile(edited, today: Self.day)
        try app.context.recordBlock(today: Self.day)
        #expect(try app.context.trainingBlock() == future, "kept as it was")
        #expect(try app.context.plan(for: edited, today: ahead).block == future.number, "and carries on when the date reaches it")
    }
}
