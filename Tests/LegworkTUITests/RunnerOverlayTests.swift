import LegworkKit
import Testing
@testable import LegworkTUI

/// Nothing runs out of sight: the help overlay, the quit question, the too-small message and Esc's menu
/// stop the clock, and closing them goes on from where it was. Driven through the real `App` with
/// explicit moments (virtual time).
@Suite struct RunnerOverlayTests {
    let app = App(environment: FixtureEnvironment())

    /// The app with `below` (if any) under a fresh runner, started at 0 s in an 80x24 window.
    func started(below: (any Screen)? = nil) -> App.Model {
        let runner = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()))
        var model = App.Model(root: below ?? runner)
        _ = app.update(&model, .start, at: sec(0))
        if below != nil { _ = app.update(&model, .message(.opened(Destination.todaySession, replacing: false, .success(runner))), at: sec(0)) }
        _ = app.update(&model, .resize(Size(width: 80, height: 24)), at: sec(0))
        return model
    }

    func runner(_ model: App.Model) -> SessionRunnerScreen? { model.top as? SessionRunnerScreen }
    func remaining(_ model: App.Model, at t: Double) -> Duration? { runner(model)?.engine.status(at: sec(t)).remaining }

    /// Opens an overlay at 12 s (2 s into the first set's 50 s), keeps it 100 s, closes it: the set
    /// still has 48 s, and the frame under the overlay never changed.
    func expectFrozen(open: [ProgramEvent<App.Message>], close: [ProgramEvent<App.Message>]) {
        var model = started()
        let before = remaining(model, at: 12)
        for event in open { _ = app.update(&model, event, at: sec(12)) }
        #expect(runner(model)?.engine.isPaused == true)
        #expect(runner(model)?.nextDeadline() == nil, "no tick is asked for while hidden")
        let context = RenderContext(size: Size(width: 80, height: 24), capabilities: .init(colors: true, unicode: true))
        #expect(app.view(model, at: sec(20), context: context).lines == app.view(model, at: sec(112), context: context).lines)
        for event in close { _ = app.update(&model, event, at: sec(112)) }
        #expect(runner(model)?.engine.isPaused == false)
        #expect(remaining(model, at: 112) == before)
        #expect(remaining(model, at: 113) == before.map { $0 - .seconds(1) })
    }

    @Test func helpStopsTheClock() {
        expectFrozen(open: [.key(.character("?"))], close: [.key(.character("x"))])
    }

    @Test func theQuitQuestionStopsTheClock() {
        expectFrozen(open: [.key(.character("q"))], close: [.key(.character("n"))])
    }

    @Test func aWindowTooSmallStopsTheClockAndTheKeysWait() {
        expectFrozen(open: [.resize(Size(width: 30, height: 10)), .key(.character(" ")), .key(.character("n"))],
                     close: [.resize(Size(width: 80, height: 24))])
    }

    @Test func escapesMenuStopsTheClockAndResumes() {
        expectFrozen(open: [.key(.escape)], close: [.key(.escape)])
        expectFrozen(open: [.key(.escape)], close: [.key(.enter)])
    }

    @Test func theLogFormHasNoClockRunning() {
        var model = started()
        for _ in 0..<20 where runner(model)?.logForm == nil { _ = app.update(&model, .key(.character("n")), at: sec(5)) }
        let status = runner(model)?.engine.status(at: sec(5))
        #expect(status?.isAwaitingLog == true)
        #expect(runner(model)?.nextDeadline() == nil)
        #expect(runner(model)?.engine.status(at: sec(500)).timeLeft == status?.timeLeft)
    }

    @Test func aPauseOfTheRunnersOwnOutlastsTheOverlay() {
        var model = started()
        _ = app.update(&model, .key(.character(" ")), at: sec(12))
        _ = app.update(&model, .key(.character("?")), at: sec(13))
        _ = app.update(&model, .key(.character("x")), at: sec(14))
        #expect(runner(model)?.engine.isPaused == true)
        _ = app.update(&model, .key(.character(" ")), at: sec(20))
        #expect(remaining(model, at: 20) == .seconds(48))
    }

    @Test func aRunnerStartedTooSmallWaitsForTheWindow() {
        let runnerScreen = SessionRunnerScreen(engine: SessionEngine(plan: runnerPlan()))
        var model = App.Model(root: runnerScreen)
        _ = app.update(&model, .start, at: sec(0))
        _ = app.update(&model, .resize(Size(width: 30, height: 10)), at: sec(0))
        #expect(runner(model)?.engine.isPaused == true)
        _ = app.update(&model, .resize(Size(width: 40, height: 12)), at: sec(30))
        #expect(remaining(model, at: 30) == .seconds(10))
    }

    // MARK: Leaving

    @Test func qThenYesGoesBackToTheScreenBelowAndSavesTheSession() {
        var model = started(below: HomeScreen())
        _ = app.update(&model, .key(.character("q")), at: sec(12))
        let context = RenderContext(size: Size(width: 80, height: 24), capabilities: .init(colors: true, unicode: true))
        #expect(app.view(model, at: sec(12), context: context).text.contains("y = yes, back to Home"))
        let effects = app.update(&model, .key(.character("y")), at: sec(13))
        #expect(model.stack.count == 1)
        #expect(model.top is HomeScreen)
        #expect(!effects.contains { if case .quit = $0 { true } else { false } })
        let saved = effects.compactMap { if case let .command(.app(.saveSession(engine))) = $0 { engine } else { nil } }
        #expect(saved.count == 1 && saved.first?.isEnded == false)
    }

    @Test func qThenYesFromTheCommandLineQuits() {
        var model = started()
        _ = app.update(&model, .key(.character("q")), at: sec(12))
        let effects = app.update(&model, .key(.character("y")), at: sec(13))
        #expect(effects.contains { if case .quit(status: 0) = $0 { true } else { false } })
    }

    @Test func escapesMenuLeavesForTheScreenBelowOrEndsTheSession() {
        var model = started(below: HomeScreen())
        _ = app.update(&model, .key(.escape), at: sec(12))
        let context = RenderContext(size: Size(width: 80, height: 24), capabilities: .init(colors: true, unicode: true))
        let menu = app.view(model, at: sec(12), context: context).text
        #expect(menu.contains("Paused"))
        #expect(menu.contains("Esc  Resume"))
        #expect(menu.contains("e    End the session now (see the summary)"))
        #expect(menu.contains("l    Back to Home: resume the session later"))
        _ = app.update(&model, .key(.down), at: sec(13))
        _ = app.update(&model, .key(.down), at: sec(13))
        let effects = app.update(&model, .key(.enter), at: sec(14))
        #expect(model.top is HomeScreen)
        #expect(effects.contains { if case .command(.app(.saveSession)) = $0 { true } else { false } })

        var narrow = started(below: HomeScreen())
        _ = app.update(&narrow, .resize(Size(width: 40, height: 12)), at: sec(12))
        _ = app.update(&narrow, .key(.escape), at: sec(12))
        let small = app.view(narrow, at: sec(12), context: RenderContext(size: Size(width: 40, height: 12), capabilities: .init(colors: true, unicode: true)))
        #expect(small.text.contains("│ e    End the session              │"))
        #expect(small.text.contains("│ l    Back to Home, resume later   │"))

        var ending = started(below: HomeScreen())
        _ = app.update(&ending, .key(.escape), at: sec(12))
        _ = app.update(&ending, .key(.character("e")), at: sec(14))
        // The summary follows once the store answers that the closing save is kept.
        _ = app.update(&ending, .message(.app(.sessionSaved)), at: sec(14))
        #expect(ending.top is SessionSummaryScreen)
    }
}

/// Bell patterns ring spaced out, on deadlines of the app (never a sleep), even after the runner gave
/// way to the summary; `v` says when nothing can speak.
@Suite struct RunnerSoundTests {
    let app = App(environment: FixtureEnvironment())

    @Test func aPatternsRingsAreSpacedAndSurviveTheScreen() {
        var model = App.Model(root: HomeScreen())
        var effects = app.update(&model, .start, at: sec(0))
        model.stack = [RingingScreen()]
        effects = app.update(&model, .key(.character("r")), at: sec(1))
        #expect(effects.filter { if case .bell = $0 { true } else { false } }.count == 1)
        #expect(app.nextDeadline(model) == sec(1.25))
        // A home screen that has its today lines already asks for no deadline of its own.
        var home = HomeScreen()
        _ = home.handle(.tick, at: sec(1))
        model.stack = [home]
        var rung = 0
        for t in [1.25, 1.5, 1.75] {
            #expect(app.nextDeadline(model) == sec(t))
            rung += app.update(&model, .tick, at: sec(t)).filter { if case .bell = $0 { true } else { false } }.count
        }
        #expect(rung == 3)
        #expect(app.nextDeadline(model) == nil)
    }

    @Test func voiceThatCannotSpeakSaysSoAndHowToGetIt() {
        var screen = startedRunner()
        let on = screen.press([.character("v")], at: sec(1))
        #expect(screen.voice)
        #expect(on.contains { if case .command(.checkVoice) = $0 { true } else { false } })
        let answer = screen.handle(.message(.voiceUnavailable("voice is off: espeak-ng is not installed")), at: sec(1))
        #expect(!screen.voice)
        #expect(answer.contains { if case .notice("voice is off: espeak-ng is not installed") = $0 { true } else { false } })
    }
}

/// Rings a pattern of four on `r`.
private struct RingingScreen: Screen {
    var title: String { "Ring" }
    var keys: [KeyHelp] { [] }
    mutating func handle(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        if case .key(.character("r")) = event { return [.rings(4)] }
        return []
    }
    func render(into canvas: inout Canvas, area: Rect, at now: Moment, context: RenderContext) {}
}
