import LegworkKit
import Testing
@testable import LegworkTUI

struct FixtureEnvironment: AppEnvironment {
    func screen(for route: any Route, at now: Moment) -> Result<any Screen, AppEnvironmentError> {
        if let day = route as? PlanDayRoute { return .success(HomeScreen(greeting: "started \(day.session.title) of \(day.date)")) }
        guard let destination = route as? Destination else { return .failure(AppEnvironmentError("no such route here")) }
        switch destination {
        case .browse: return .success(HomeScreen(greeting: "nested"))
        case .home: return .success(HomeScreen(greeting: "home again"))
        default: return .failure(AppEnvironmentError("no \(destination) here"))
        }
    }
    func perform(_ command: AppCommand) throws -> AppMessage? { nil }
}

/// Drives the app with keys in a test terminal and returns the terminal (frames, bells...) and status.
func drive(_ inputs: [TerminalInput], size: Size = Size(width: 80, height: 24), unicode: Bool = true, root: any Screen = HomeScreen()) throws -> (TestTerminal, Int32, App.Model) {
    let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: unicode), inputs: inputs)
    let runtime = Runtime(program: App(environment: FixtureEnvironment()), model: App.Model(root: root), terminal: terminal, clock: VirtualClock())
    let status = try runtime.run()
    return (terminal, status, runtime.model)
}

@Suite struct AppTests {
    @Test func homeShowsTheMenuAtEightyByTwentyFour() throws {
        let (terminal, status, _) = try drive([.key(.character("q"))])
        #expect(status == 0)
        let screen = try #require(terminal.frames.first)
        #expect(screen.lines[0].hasPrefix(" Legwork · Home"))
        #expect(screen.lines[0].hasSuffix("? help"))
        #expect(screen.lines.contains("  ›  1  Today's session   guided strength, counted and timed"))
        #expect(screen.lines.contains("     7  Strength check    measure, then plan: about 15 minutes"))
        #expect(screen.lines.contains("     8  Log a run         the run you did: the plan follows it"))
        #expect(screen.lines.contains("     9  My routines       your own, or your therapist's programme"))
        #expect(screen.lines.contains("    10  Quit"))
        #expect(screen.lines[23] == " ↑↓ j k move  ·  Enter open  ·  q quit")
    }

    @Test func arrowsMoveTheSelection() throws {
        let (terminal, _, _) = try drive([.key(.down), .key(.character("j")), .key(.up), .key(.character("q"))])
        let lines = terminal.frames.map { frame in frame.lines.first { $0.contains("›") } ?? "" }
        #expect(lines == [
            "  ›  1  Today's session   guided strength, counted and timed",
            "  ›  2  15-minute stretch or 5 to 30 min, with a focus; after your run",
            "  ›  3  Browse exercises  cards: how, why, easier, harder",
            "  ›  2  15-minute stretch or 5 to 30 min, with a focus; after your run",
        ])
    }

    @Test func questionMarkShowsTheKeysOfTheScreenAndAnyKeyClosesIt() throws {
        let (terminal, _, _) = try drive([.key(.character("?")), .key(.character("x")), .key(.character("q"))])
        let help = terminal.frames[1].text
        #expect(help.contains("Keys: Home"))
        #expect(help.contains("Enter   open"))
        #expect(help.contains("Ctrl-Z  suspend; fg brings Legwork back"))
        #expect(!terminal.frames[2].text.contains("Keys: Home"))
    }

    @Test func aTooSmallTerminalSaysSoAndRecovers() throws {
        let (terminal, _, _) = try drive([.resize(Size(width: 30, height: 10)), .resize(Size(width: 80, height: 24)), .key(.character("q"))])
        #expect(terminal.frames[1].text.contains("terminal too small"))
        #expect(terminal.frames[1].text.contains("need 40x12, have 30x10"))
        #expect(terminal.frames[2].text.contains("Today's session"))
    }

    @Test func enterOpensAScreenAndEscapeComesBack() throws {
        let (terminal, status, model) = try drive([.key(.character("3")), .key(.character("q"))])
        #expect(status == 0)
        #expect(model.stack.count == 2)
        #expect(terminal.frames.last?.text.contains("nested") == true)
    }

    /// A screen whose Enter goes home, as the session summary's does.
    struct GoHome: Screen {
        var title: String { "Summary" }
        var keys: [KeyHelp] { [KeyHelp("Enter", "home", footer: true)] }
        mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
            if case .key(.enter) = event { return [.navigate(.home)] }
            return []
        }
        func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {}
    }

    /// After `legwork session` the summary is the only screen: home replaces it instead of the program
    /// ending, and from a stack of screens home replaces them all.
    @Test func homeReplacesEveryOpenScreen() throws {
        let (alone, aloneStatus, aloneModel) = try drive([.key(.enter), .key(.character("q"))], root: GoHome())
        #expect(aloneStatus == 0)
        #expect(aloneModel.stack.count == 1)
        #expect(alone.frames.last?.text.contains("home again") == true)

        let (_, _, stacked) = try drive([.key(.character("3")), .key(.enter), .key(.character("q"))], root: HomeScreen())
        #expect(stacked.stack.count == 2)  // home, then the browse stand-in pushed on it
    }

    @Test func anUnavailableDestinationExplainsInTheFooter() throws {
        let (terminal, _, _) = try drive([.key(.enter), .key(.character("q"))])
        #expect(terminal.frames[1].lines[23] == " no todaySession here")
        #expect(terminal.bells == 1)
    }

    @Test func ctrlCQuitsWith130() throws {
        let (_, status, _) = try drive([.key(.interrupt)])
        #expect(status == 130)
    }

    @Test func withoutUnicodeTheChromeIsAscii() throws {
        let (terminal, _, _) = try drive([.key(.character("q"))], unicode: false)
        let help = try drive([.key(.character("?")), .key(.character("q"))], unicode: false).0.frames[1].text
        #expect(terminal.frames[0].lines[1].hasPrefix("-----"))
        #expect(terminal.frames[0].text.contains("  >  1  Today's session"))
        #expect(help.contains("+- Keys: Home -"))
    }
}
