import LegworkKit
import LegworkStore
import LegworkTUI
import Testing
@testable import LegworkApp

/// The screens and `--plain` run one program: the same runner gives both the same cues, in the same
/// order, at the same moments; `--plain` only prints them, and its summary, instead of drawing.
@Suite struct FrontEndsHeadlessTests {
    struct Heard: Equatable {
        var lines: [String] = []
        var spoken: [String] = []
        var moments: [Moment] = []
    }

    /// Runs `root` through the app in virtual time to its end: waits for each deadline, and when a log
    /// entry is due answers it with `answer` (a key on the screens, a line for the line front-end).
    static func run(_ root: any Screen, app: TestApp, answer: ProgramEvent<App.Message>) throws -> (Heard, App.Model) {
        let tui = App(environment: app.environment)
        var model = App.Model(root: root)
        var heard = Heard()
        var now = Moment.origin
        func take(_ effects: [Effect<App.Command>]) {
            for effect in effects {
                switch effect {
                case let .line(text): heard.lines.append(text); heard.moments.append(now)
                case let .speak(text): heard.spoken.append(text)
                default: break
                }
            }
        }
        take(try drive(tui, &model, .start, at: now))
        take(try drive(tui, &model, .resize(Size(width: 100, height: 30)), at: now))
        for _ in 0..<10_000 {
            let runner = (model.top as? SessionRunnerScreen) ?? (model.top as? LineSessionScreen)?.runner
            guard let runner, !runner.engine.isEnded else { break }
            if runner.engine.isAwaitingLog {
                take(try drive(tui, &model, answer, at: now))
                continue
            }
            guard let deadline = tui.nextDeadline(model) else { break }
            now = max(now, deadline)
            take(try drive(tui, &model, .tick, at: now))
        }
        return (heard, model)
    }

    @Test func theScreensAndThePlainFrontEndHearTheSameCues() throws {
        let plan = everyStepPlan()
        let screens = try Self.run(SessionRunnerScreen(engine: SessionEngine(plan: plan), voice: true), app: TestApp(), answer: .key(.enter))
        let plain = try Self.run(LineSessionScreen(runner: SessionRunnerScreen(engine: SessionEngine(plan: plan), voice: true)),
                                 app: TestApp(), answer: .line(""))
        #expect(!screens.0.lines.isEmpty)
        #expect(screens.0.spoken == plain.0.spoken)
        // The line front-end prints the summary after the same lines, at the same moments.
        let shared = screens.0.lines.count
        #expect(Array(plain.0.lines.prefix(shared)) == screens.0.lines)
        #expect(Array(plain.0.moments.prefix(shared)) == screens.0.moments)
        let engine = try #require((plain.1.top as? LineSessionScreen)?.runner.engine)
        #expect(Array(plain.0.lines.dropFirst(shared)) == SessionLines.summary(engine.summary))
        #expect(screens.1.top is SessionSummaryScreen)
    }

    /// A line that is not a log entry is answered and the entry asked again; the end of input then logs
    /// the plan.
    @Test func aBadLineIsAskedAgainAndTheEndOfInputLogsThePlan() throws {
        let app = try TestApp()
        let tui = App(environment: app.environment)
        var model = App.Model(root: LineSessionScreen(runner: SessionRunnerScreen(engine: SessionEngine(plan: everyStepPlan()))))
        var lines: [String] = []
        func take(_ effects: [Effect<App.Command>]) { lines += effects.compactMap { if case let .line(text) = $0 { text } else { nil } } }
        take(try drive(tui, &model, .start, at: .origin))
        take(try drive(tui, &model, .line("twelve"), at: .origin))   // typed early: waits for the log step
        var now = Moment.origin
        while let runner = (model.top as? LineSessionScreen)?.runner, !runner.engine.isAwaitingLog, let deadline = tui.nextDeadline(model) {
            now = deadline
            take(try drive(tui, &model, .tick, at: now))
        }
        #expect(lines.suffix(2).first?.hasPrefix("Log: type REPS") == true)
        #expect(lines.last?.hasPrefix("Not understood: reps \"twelve\"") == true)
        take(try drive(tui, &model, .endOfInput, at: now))
        #expect(lines.contains(SessionLines.endOfInput))
        let runner = try #require((model.top as? LineSessionScreen)?.runner)
        #expect(!runner.engine.isAwaitingLog)
        #expect(runner.engine.logs.count == 1)
    }
}
