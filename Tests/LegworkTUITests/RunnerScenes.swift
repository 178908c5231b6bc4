import LegworkKit
@testable import LegworkTUI

/// The moments the runner's pictures are taken at: a rep set mid-way (rep 9 of 10, going down),
/// a rest, a change of sides, a timed hold, a stretch held.
enum RunnerScenes {
    static let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 50)]

    /// Skips (and confirms log entries with Enter) until `condition` holds.
    static func advance(_ screen: inout SessionRunnerScreen, at t: Double, until condition: (SessionStatus) -> Bool) {
        for _ in 0..<100 where !condition(screen.engine.status(at: sec(t))) {
            _ = screen.handle(.key(screen.logForm == nil ? .character("n") : .enter), at: sec(t))
        }
    }

    /// Rep 9 of 10 of the glute bridge, 0.5 s into its 3 s lowering (10 s get ready + 8 reps of 5 s).
    static var reps: (SessionRunnerScreen, Double) { (startedRunner(), 50.5) }
    /// 10 s into the 60 s rest after the first set.
    static var rest: (SessionRunnerScreen, Double) { (startedRunner(), 70) }
    /// 2 s into the change to the right side of the single-leg RDL.
    static var switchSides: (SessionRunnerScreen, Double) {
        var screen = startedRunner()
        advance(&screen, at: 1, until: { $0.step.kind == .switchSides })
        return (screen, 3)
    }
    /// 11 s into the 30 s front plank.
    static var hold: (SessionRunnerScreen, Double) {
        var screen = startedRunner()
        advance(&screen, at: 1, until: { if case .work(.timed) = $0.step.kind { true } else { false } })
        return (screen, 12)
    }

    /// 6 s into the wall calf stretch's 30 s hold on the left side, with the shipped figure: held, breathing out.
    static var stretch: (SessionRunnerScreen, Double) {
        let figures = Dictionary(uniqueKeysWithValues: shippedCatalog.cards.map { ($0.id, $0.figure) })
        var screen = SessionRunnerScreen(engine: SessionEngine(plan: stretchPlan()), figures: figures,
                                         props: ["calf_wall_stretch": [.wall], "childs_pose": [.mat, .block]])
        _ = screen.handle(.appear, at: sec(0))
        advance(&screen, at: 1, until: { if case .work(.timed) = $0.step.kind { true } else { false } })
        return (screen, 7)
    }

    static var all: [(String, SessionRunnerScreen, Double)] {
        [("reps", reps.0, reps.1), ("rest", rest.0, rest.1), ("switchSides", switchSides.0, switchSides.1), ("hold", hold.0, hold.1),
         ("stretch", stretch.0, stretch.1)]
    }
}
