import LegworkKit
import Testing
@testable import LegworkTUI

/// Every screen a runner reaches from Home, drawn at 40x12, 80x24 and 200x50, with and without Unicode:
/// compared with `Snapshots/screen-NAME-WxH[-ascii].txt`, and at 40x12 each is usable, never the
/// "terminal too small" message.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 200, height: 50)]
    static let today = CalendarDate(year: 2026, month: 12, day: 1)!

    struct Opened: Route {}

    /// A name, the screen, the moment drawn, and what must be readable at 40x12.
    static var scenes: [(name: String, screen: any Screen, at: Moment, mustShow: [String])] {
        var home = HomeScreen()
        _ = home.handle(.message(.today(["Today: strength session, about 30 min.", "Tomorrow: easy run."])), at: .origin)
        let checkIn = CheckInScreen(questions: CheckInQuestions(answers: CheckIn(date: today), injuries: [.knee], painHints: [.knee: 6],
                                                                asksMorning: true)) { _ in Opened() }
        let chooser = StretchChooserScreen(lengths: [5, 10, 15, 20, 30], defaultMinutes: 15, intro: "A follow-along stretch.") { _, _ in Opened() }
        let history = HistoryScreen(data: HistoryFixtures.years(1), names: HistoryFixtures.names, today: HistoryFixtures.today)
        let card = shippedCatalog.card(id: "sl_glute_bridge")!
        let summary = finishedEngine().summary
        var builder = RoutineBuilderScreen(catalog: shippedCatalog, level: .intermediate, myEquipment: nil)
        for name in ["glute bridge", "wall sit", "single-leg calf raise"] {
            for key in [Key.character("a"), .character("/")] + name.map(Key.character) + [.enter, .enter] { _ = builder.handle(.key(key), at: .origin) }
        }
        let stretchList = ChoiceScreen(title: "Stretch", lines: ["A follow-along stretch, 15 minutes."] + (1...10).map { "\($0). Calf wall stretch, 60 s a side" },
                                       prompt: "Press Enter to begin.", accept: [])
        var runningCheck = CheckScreen(tests: [.heelRaise, .sidePlank], leftOut: [], profile: Profile(), today: today)
        _ = runningCheck.handle(.key(.enter), at: .origin)
        return [
            ("home", home, .origin, ["Today's session", "Today: strength"]),
            ("check-in", checkIn, .origin, ["Runner's knee: pain ?/10 · Enter start"]),
            ("overview", startedRunner(), sec(1), ["1› Glute bridge", "Front plank", "starts in"]),
            ("stretch-overview", startedRunner(stretchPlan()), sec(1), ["Calf wall stretch"]),
            ("summary", SessionSummaryScreen(summary: finishedEngine().summary), sec(400), ["Glute bridge", "Front plank"]),
            ("chooser", chooser, .origin, ["15"]),
            ("browser", BrowserScreen(catalog: shippedCatalog), .origin, ["Glute bridge"]),
            ("history", history, .origin, ["Streak", "Single-leg calf raise"]),
            ("history-weeks", HistoryFixtures.weeksScreen, .origin, ["Progress this month", "Single-leg calf raise", "Weeks"]),
            ("plan", PlanScreen(plan: PlanScreenFixtures.plan, today: PlanScreenFixtures.today), .origin, ["Mon", "Sun", "1. Glute bridge"]),
            ("card", CardScreen(card: card, catalog: shippedCatalog, level: .intermediate), .origin, ["Single-leg glute bridge", "Dose", "(your level)"]),
            ("intake", IntakeScreen(profile: nil, today: today), .origin, ["Welcome!", "Goal"]),
            ("run-log", RunLogScreen(today: today), .origin, ["Distance", "Pain", "8 km"]),
            ("check", CheckScreen(tests: [.heelRaise, .sidePlank], leftOut: [], profile: Profile(), today: today), .origin, ["heel raises", "press Enter"]),
            ("check-running", runningCheck, sec(12), ["so far", "heel raises"]),
            ("routines", RoutinesScreen(entries: RoutineScreensTests.entries), .origin, ["Hotel room", "Knee programme"]),
            ("routine-builder", builder, .origin, ["Name:", "1. Glute bridge", "3. Single-leg calf"]),
            ("choice", stretchList, .origin, ["1. Calf wall stretch", "Press Enter to begin."]),
            ("safety-stop", SafetyStopScreen(message: SafetyMessage.stop(exercise: "Split squat", pain: 7, redFlag: false), summary: summary),
             .origin, ["Stopped for your safety", "more"]),
        ]
    }

    /// The runner's plan run to its end: each set skipped, each log answered as planned.
    static func finishedEngine() -> SessionEngine {
        var engine = SessionEngine(plan: runnerPlan())
        _ = engine.start(at: sec(0))
        var t = 0.0
        while !engine.isEnded, t < 1000 {
            t += 1
            if engine.isAwaitingLog {
                _ = engine.handle(.log(try! ExerciseLogEntry(repsPerSide: [], loadKg: nil, repsInReserve: 2, pain: 1, redFlag: false)), at: sec(t))
            } else {
                _ = engine.handle(.finishedEarly, at: sec(t + 20))
                t += 20
                _ = engine.handle(.skip, at: sec(t))
            }
        }
        return engine
    }

    @Test(arguments: scenes.map(\.name))
    func pictures(name: String) throws {
        let scene = try #require(Self.scenes.first { $0.name == name })
        for size in Self.sizes {
            Snapshot.expect(runnerFrame(scene.screen, at: scene.at, size: size), named: "screen-\(name)-\(size)")
            let terminal = TestTerminal(size: size, capabilities: .init(colors: true, unicode: false))
            terminal.present(runnerFrame(scene.screen, at: scene.at, size: size, unicode: false))
            Snapshot.expect(try #require(terminal.lastFrame), named: "screen-\(name)-\(size)-ascii")
        }
    }

    @Test(arguments: scenes.map(\.name))
    func usableAtFortyByTwelve(name: String) throws {
        let scene = try #require(Self.scenes.first { $0.name == name })
        let text = runnerFrame(scene.screen, at: scene.at, size: Size(width: 40, height: 12)).text
        #expect(!text.contains("terminal too small"), "\(name) at 40x12:\n\(text)")
        for words in scene.mustShow {
            #expect(text.contains(words), "\(name) at 40x12 shows \"\(words)\":\n\(text)")
        }
    }

    /// Between the sizes pictured every screen draws too: never the too-small message from 40x12 up, and
    /// the words that matter at 40x12 stay on screen at every size.
    @Test(arguments: scenes.map(\.name))
    func drawsAtEverySizeBetween(name: String) throws {
        let scene = try #require(Self.scenes.first { $0.name == name })
        for width in stride(from: 40, through: 200, by: 8) {
            for height in stride(from: 12, through: 50, by: 3) {
                let text = runnerFrame(scene.screen, at: scene.at, size: Size(width: width, height: height)).text
                #expect(!text.contains("terminal too small"), "\(name) at \(width)x\(height)")
            }
        }
    }

    /// The menu keeps every item reachable at 40x12: the selection scrolls to the last one.
    @Test func homeReachesQuitAtFortyByTwelve() {
        var home = HomeScreen()
        for _ in 0..<(HomeScreen.items.count - 1) { _ = home.handle(.key(.down), at: .origin) }
        let text = runnerFrame(home, at: .origin, size: Size(width: 40, height: 12)).text
        #expect(text.contains("\(HomeScreen.items.count)  Quit"), "\(text)")
    }
}
