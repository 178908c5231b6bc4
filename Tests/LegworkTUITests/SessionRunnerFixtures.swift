import LegworkKit
@testable import LegworkTUI

// Plans, moments and a renderer shared by the SessionRunner*, SessionSummary* tests.

func sec(_ seconds: Double) -> Moment { .seconds(seconds) }

let bridgeFigure: [[String]] = [
    ["            ", "  o___      ", " /    \\__   ", "____________"],
    ["       _    ", "  o__/ \\    ", " /      \\_  ", "____________"],
]

/// Leans to the left: its mirror (the right side) must lean to the right.
let rdlFigure: [[String]] = [
    ["    o     ", "    |\\    ", "   / \\   ", "__/___\\___"],
]

/// Glute bridge 2 × 10 at 3-1-1 (60 s rest), single-leg RDL 2 × 8 per side (45 s rest), plank 1 × 30 s.
func runnerPlan() -> SessionPlan {
    SessionPlan(
        id: "today", title: "Today's session", kind: .strength,
        items: [
            SessionItem(cardID: "glute_bridge", name: "Glute bridge", unilateral: false, tempo: .phases(down: 3, pause: 1, up: 1),
                        dose: .reps(2, 10, rest: 60), cue: "Squeeze the glutes, ribs down"),
            SessionItem(cardID: "sl_rdl", name: "Single-leg RDL", unilateral: true, tempo: .phases(down: 3, pause: 0, up: 1),
                        dose: .reps(2, 8, rest: 45), cue: "Hips square, heel reaches back"),
            SessionItem(cardID: "front_plank", name: "Front plank", unilateral: false, tempo: .isometric,
                        dose: .hold(1, seconds: 30, rest: 0), cue: "Long line from head to heels"),
        ],
        runningCue: "Hips level at foot-strike")
}

func stretchPlan() -> SessionPlan {
    SessionPlan(
        id: "stretch-15", title: "15-minute stretch", kind: .stretch,
        items: [
            SessionItem(cardID: "calf_wall_stretch", name: "Calf wall stretch", unilateral: true, tempo: .isometric,
                        dose: .hold(1, seconds: 30, rest: 0), cue: "Back heel down, knee straight"),
            SessionItem(cardID: "childs_pose", name: "Child's pose", unilateral: false, tempo: .isometric,
                        dose: .hold(1, seconds: 45, rest: 0), cue: "Sink the hips to the heels"),
        ],
        runningCue: "")
}

/// A runner on `plan`, already started (`.appear`) at t = 0.
func startedRunner(_ plan: SessionPlan = runnerPlan(), voice: Bool = false) -> SessionRunnerScreen {
    var screen = SessionRunnerScreen(engine: SessionEngine(plan: plan), figures: ["glute_bridge": bridgeFigure, "sl_rdl": rdlFigure], voice: voice,
                                     props: ["calf_wall_stretch": [.wall], "childs_pose": [.mat, .block]])
    _ = screen.handle(.appear, at: sec(0))
    return screen
}

/// The whole app frame (header, body, footer) of `screen` at `now`, as the app would draw it.
func runnerFrame(_ screen: any Screen, at now: Moment, size: Size = Size(width: 80, height: 24), unicode: Bool = true) -> Canvas {
    let app = App(environment: FixtureEnvironment())
    let context = RenderContext(size: size, capabilities: .init(colors: true, unicode: unicode))
    return app.view(App.Model(root: screen), at: now, context: context)
}

extension SessionRunnerScreen {
    /// Sends keys at one moment and returns every action they produced (saves answered as stored).
    mutating func press(_ keys: [Key], at now: Moment) -> [ScreenAction] {
        keys.flatMap { handleStored(.key($0), at: now) }
    }

    /// Handles `event` as the app does with a store that works: every save is answered `.sessionSaved`.
    mutating func handleStored(_ event: ScreenEvent, at now: Moment) -> [ScreenAction] {
        let actions = handle(event, at: now)
        return actions + actions.saves.flatMap { _ in handle(.message(.sessionSaved), at: now) }
    }
}

extension Array where Element == ScreenAction {
    /// Rings, a pattern counting as its number of rings.
    var bells: Int {
        map { action in
            switch action {
            case .bell: 1
            case let .rings(count): count
            default: 0
            }
        }.reduce(0, +)
    }
    var spoken: [String] { compactMap { if case let .speak(text) = $0 { text } else { nil } } }
    var saves: [SessionEngine] { compactMap { if case let .command(.saveSession(engine)) = $0 { engine } else { nil } } }
    var replacement: (any Screen)? { compactMap { if case let .replace(screen) = $0 { screen } else { nil } }.last }
}
