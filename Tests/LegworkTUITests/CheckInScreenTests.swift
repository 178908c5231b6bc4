import LegworkKit
import Testing
@testable import LegworkTUI

/// The check-in screen asks about today: every question opens unanswered, last time's pain is only a
/// hint, and Enter hands over exactly what was answered.
@Suite struct CheckInScreenTests {
    struct Answered: Route { let checkIn: CheckIn }

    static let today = CalendarDate(year: 2026, month: 12, day: 1)!
    static let questions = CheckInQuestions(answers: CheckIn(date: today), injuries: [.knee], painHints: [.knee: 6], asksMorning: true)

    static func screen() -> CheckInScreen { CheckInScreen(questions: questions) { Answered(checkIn: $0) } }

    static func answers(_ screen: inout CheckInScreen) -> CheckIn? {
        guard case let .open(route as Answered, _)? = screen.handle(.key(.enter), at: .origin).first else { return nil }
        return route.checkIn
    }

    static func draw(_ screen: CheckInScreen) -> Canvas {
        var canvas = Canvas(size: Size(width: 80, height: 24))
        let context = RenderContext(size: canvas.size, capabilities: .init(colors: true, unicode: true))
        screen.render(into: &canvas, area: Rect(x: 0, y: 2, width: 80, height: 21), at: .origin, context: context)
        return canvas
    }

    @Test func enterRightAwayAnswersNothing() {
        var screen = Self.screen()
        let text = Self.draw(screen).text
        #expect(text.contains("Enter starts."))
        #expect(!text.contains("keeps"))
        #expect(text.contains("Runner's knee: pain now  < ?/10 >  (last time 6/10)"))
        #expect(text.contains("The morning after your last session:  < not answered >"))
        Snapshot.expect(Self.draw(screen), named: "check-in-unanswered-80x24")
        #expect(Self.answers(&screen) == CheckIn(date: Self.today))
    }

    @Test func leftAndRightWalkFromUnanswered() {
        var screen = Self.screen()
        _ = screen.handle(.key(.right), at: .origin)          // pain 0
        _ = screen.handle(.key(.right), at: .origin)          // pain 1
        _ = screen.handle(.key(.down), at: .origin)
        for _ in 0..<3 { _ = screen.handle(.key(.right), at: .origin) }  // better, the same, worse
        #expect(Self.answers(&screen) == CheckIn(date: Self.today, pain: [.knee: 1], morningAfter: .worse))
        // Left past the first answer takes it back.
        for _ in 0..<3 { _ = screen.handle(.key(.left), at: .origin) }
        _ = screen.handle(.key(.up), at: .origin)
        for _ in 0..<2 { _ = screen.handle(.key(.left), at: .origin) }
        #expect(Self.answers(&screen) == CheckIn(date: Self.today))
        #expect(!Self.draw(screen).text.contains("< 0/10 >"))
    }
}
