import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The safety gate behind Home's "Today's session" and "15-minute stretch", through the real app and
/// environment on an in-memory store and a chosen date: what the runner reads after a key.
@Suite struct HomeSafetyHeadlessTests {
    static let day = CalendarDate(year: 2026, month: 3, day: 3)!
    static let size = Size(width: 100, height: 30)

    struct Home {
        let tui: App
        var model: App.Model

        init(_ app: TestApp) throws {
            tui = App(environment: app.environment)
            model = App.Model(root: HomeScreen())
            try drive(tui, &model, .start, at: .origin)
            try drive(tui, &model, .resize(HomeSafetyHeadlessTests.size), at: .origin)
        }

        /// The words on the screen after `key`, one space between each (so a sentence reads whole
        /// wherever the screen wraps it).
        mutating func press(_ key: Key) throws -> String {
            try drive(tui, &model, .key(key), at: .origin)
            let context = RenderContext(size: HomeSafetyHeadlessTests.size, capabilities: .init(colors: true, unicode: true))
            return tui.view(model, at: .origin, context: context).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    static func app(signs: Set<RedFlag> = []) throws -> TestApp {
        let app = try TestApp(today: day)
        try app.context.saveProfile(SafetyTableHeadlessTests.runner(signs: signs), today: day)
        return app
    }

    @Test func aHotSwollenCalfGetsTheUrgentCareScreenFromHome() throws {
        let app = try Self.app(signs: [.swelling])
        var home = try Home(app)
        let today = try home.press(.enter)
        #expect(today.contains("Urgent care today"))
        #expect(today.contains("no training and no stretching"))
        #expect(!today.contains("Check-in"), "no check-in: nothing may start")
        #expect(try home.press(.escape).contains("15-minute stretch"))
        #expect(try home.press(.character("2")).contains("Urgent care today"), "the stretch is refused too")
        #expect(try app.context.store.sessions().isEmpty, "nothing started")
    }

    /// A session stopped for safety earlier today: Home's next start is refused, with a stretch offered.
    @Test func aSafetyStopBlocksASecondStartFromHome() throws {
        let app = try Self.app()
        let started = WallTime(secondsSince1970: Int64(Self.day.dayNumber) * 86_400 + 7 * 3_600)
        let session = try app.context.store.beginSession(kind: .strength, title: "Today's strength session", startedAt: started, plannedSeconds: 1_800)
        try app.context.store.finishSession(session.id, status: .stopped, endedAt: started.adding(seconds: 600),
                                            notes: "You reported pain of 8/10 during Glute bridge.")
        var home = try Home(app)
        let today = try home.press(.enter)
        #expect(today.contains("No strength work today"))
        #expect(today.contains("stopped for your safety today"))
        #expect(today.contains("s = a gentle stretch instead"))
        #expect(!today.contains("Check-in"))
    }
}
