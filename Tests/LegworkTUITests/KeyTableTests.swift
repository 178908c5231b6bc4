import LegworkKit
import Testing
@testable import LegworkTUI

/// One table per screen gives `handle` its commands and the footer and help their lines.
@Suite struct KeyTableTests {
    enum Command: Equatable, Sendable { case first, second, digit, text }

    @Test func theFirstBindingOfAKeyWinsAndPatternsMatchTheirKeys() {
        let table = KeyTable<Command>([
            KeyBinding("Enter", "first", footer: true, keys: [.key(.enter), .char("y")], .first),
            KeyBinding("y", "second", keys: [.char("y")], .second),
            KeyBinding("0-9", "a digit", keys: [.digit], .digit),
            KeyBinding("", "", keys: [.printable], .text),
        ])
        #expect(table.command(for: .character("y")) == .first)
        #expect(table.command(for: .character("7")) == .digit)
        #expect(table.command(for: .character("é")) == .text)
        #expect(table.command(for: .tab) == nil)
        #expect(table.command(for: .control("u")) == nil)
        #expect(table.help.map(\.keys) == ["Enter", "y", "0-9"], "nameless lines stay out of help")
        #expect(table.help.filter(\.inFooter).map(\.action) == ["first"])
    }

    /// Every key a screen says it ignores really does nothing there: no action, the same picture.
    static let everyKey: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 +-=_./,?".map(Key.character)
        + [.up, .down, .left, .right, .enter, .escape, .backspace, .delete, .tab, .backTab, .home, .end, .pageUp, .pageDown,
           .function(1), .control("u"), .control("s")]

    static var screens: [any Screen] {
        var runnerWithMenu = startedRunner()
        _ = runnerWithMenu.handle(.key(.escape), at: sec(1))
        return [HomeScreen(), PlanScreen(plan: PlanScreenFixtures.plan, today: PlanScreenFixtures.today), startedRunner(), runnerWithMenu,
                ChoiceScreen(title: "Resume?", lines: ["It continues"], prompt: "Enter = yes", accept: [.pop], declineKey: true)]
    }

    @Test func keysAScreenIgnoresDoNothingThere() {
        let size = Size(width: 100, height: 30)
        for screen in Self.screens {
            let before = runnerFrame(screen, at: sec(2), size: size)
            for key in Self.everyKey where screen.ignores(key) {
                var copy = screen
                let actions = copy.handle(.key(key), at: sec(2))
                #expect(actions.isEmpty, "\(screen.title): \(key) is ignored yet gives \(actions)")
                #expect(runnerFrame(copy, at: sec(2), size: size) == before, "\(screen.title): \(key) is ignored yet changes the screen")
            }
            #expect(Self.everyKey.contains { !screen.ignores($0) }, "\(screen.title) takes some key")
        }
    }

    /// The app does not hand an ignored key to the screen at all (and so draws nothing new).
    @Test func theAppDoesNotHandAnIgnoredKeyToTheScreen() {
        struct Counter: Screen {
            var title = "Counter"
            var keys: [KeyHelp] { [KeyHelp("a", "count")] }
            var count = 0
            func ignores(_ key: Key) -> Bool { key != .character("a") }
            mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
                if case .key = event { count += 1 }
                return []
            }
            func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {}
        }
        let app = App(environment: FixtureEnvironment())
        var model = App.Model(root: Counter())
        for key in [Key.character("a"), .character("z"), .enter, .character("a")] { _ = app.update(&model, .key(key), at: .origin) }
        #expect((model.top as? Counter)?.count == 2)
    }

    /// Esc's menu in the runner: its help names every key the menu takes, the ones for each way on too.
    @Test func theRunnerMenuHelpNamesItsKeys() throws {
        let (terminal, _, _) = try drive([.key(.escape), .key(.character("?")), .key(.character("x")), .key(.character("q")), .key(.character("n"))],
                                         root: startedRunner())
        let help = try #require(terminal.frames.first { $0.text.contains("Keys: Session") }).text
        #expect(help.contains("e       end the session now"))
        #expect(help.contains("l       leave it and resume it later"))
        #expect(help.contains("Ctrl-L  repaint the screen"))
    }
}
