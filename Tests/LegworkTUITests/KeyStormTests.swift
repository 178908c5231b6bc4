import LegworkKit
import Testing
@testable import LegworkTUI

/// Hundreds of random keys, resizes and waits on every screen, headless: nothing crashes, a running
/// session stays a valid session, the terminal is restored at the end, and a screen's notice gives the
/// key bar back. Each storm replays from its seed.
@Suite struct KeyStormTests {
    static let keys: [Key] = [
        .up, .down, .left, .right, .enter, .escape, .backspace, .delete, .tab, .backTab, .home, .end, .pageUp, .pageDown,
        .function(1), .control("a"), .redraw,
    ] + Array("abcdefghijklmnoprstuvwxyz0123456789 +-=_/?.,<>[]YN").map { Key.character($0) }
    static let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 50),
                        Size(width: 30, height: 8)]

    /// `count` inputs drawn from `seed`: mostly keys, now and then a resize or a wait for the next deadline.
    static func storm(seed: UInt64, count: Int) -> [TerminalInput] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            switch Int.random(in: 0..<20, using: &random) {
            case 0: .resize(sizes.randomElement(using: &random)!)
            case 1, 2: .timeout
            default: .key(keys.randomElement(using: &random)!)
            }
        }
    }

    static var screens: [(String, () -> any Screen)] {
        ScreenSnapshotTests.scenes.map { scene in (scene.name, { scene.screen }) }
            + [("runner", { startedRunner() }), ("stretch", { startedRunner(stretchPlan()) })]
    }

    @Test(arguments: screens.map(\.0))
    func aStormOfKeysLeavesEveryScreenWhole(name: String) throws {
        let make = try #require(Self.screens.first { $0.0 == name }?.1)
        for seed in UInt64(1)...3 {
            let inputs = [TerminalInput.resize(Size(width: 80, height: 24))] + Self.storm(seed: seed &* 7919 &+ UInt64(name.count), count: 300)
            let terminal = TestTerminal(size: Size(width: 80, height: 24), inputs: inputs)
            let runtime = Runtime(program: App(environment: FixtureEnvironment()), model: App.Model(root: make()), terminal: terminal, clock: VirtualClock())
            let status = try runtime.run()
            #expect([0, 129, 130].contains(status), "\(name) seed \(seed): exit \(status)")
            #expect(terminal.isShutDown, "\(name) seed \(seed): the terminal is restored")
            #expect(!terminal.frames.isEmpty)
            for screen in runtime.model.stack {
                guard let runner = screen as? SessionRunnerScreen else { continue }
                let engine = runner.engine
                #expect(engine.steps.indices.contains(engine.stepIndex), "\(name) seed \(seed)")
                #expect(engine.records.allSatisfy { engine.plan.items.indices.contains($0.item) })
                #expect(engine.records.allSatisfy { ($0.reps ?? 0) >= 0 && ($0.seconds ?? 0) >= 0 })
                _ = engine.status(at: .seconds(10_000))
            }
        }
    }

    @Test func aNoticeGivesTheKeyBarBackAfterAFewSeconds() throws {
        let app = App(environment: FixtureEnvironment())
        var model = App.Model(root: startedRunner())
        _ = app.update(&model, .resize(Size(width: 80, height: 24)), at: sec(0))
        _ = app.update(&model, .key(.character("v")), at: sec(1))
        #expect(model.notice != nil)
        let deadline = try #require(app.nextDeadline(model))
        #expect(deadline <= sec(1) + App.noticeDuration)
        _ = app.update(&model, .tick, at: sec(1) + App.noticeDuration)
        #expect(model.notice == nil)
        let context = RenderContext(size: Size(width: 80, height: 24), capabilities: .init(colors: true, unicode: true))
        let footer = app.view(model, at: sec(8), context: context).lines.last ?? ""
        #expect(footer.contains("Space"), "the keys are back: \(footer)")
    }
}
