import LegworkKit

// Hand-built plans and helpers shared by the Session*Tests files.

func at(_ seconds: Double) -> Moment { .seconds(seconds) }

func repsItem(
    _ id: String, sets: Int, reps: Int, rest: Int, tempo: Tempo = .phases(down: 3, pause: 1, up: 1),
    unilateral: Bool = false, name: String? = nil
) -> SessionItem {
    SessionItem(
        cardID: id, name: name ?? id.replacingOccurrences(of: "_", with: " ").capitalized, unilateral: unilateral,
        tempo: tempo, dose: .reps(sets, reps, rest: rest), cue: "cue for \(id)")
}

func holdItem(_ id: String, sets: Int, seconds: Int, rest: Int, unilateral: Bool = false) -> SessionItem {
    SessionItem(
        cardID: id, name: id.replacingOccurrences(of: "_", with: " ").capitalized, unilateral: unilateral,
        tempo: .isometric, dose: .hold(sets, seconds: seconds, rest: rest), cue: "cue for \(id)")
}

func strengthPlan(_ items: [SessionItem], cue: String = "Hips level at foot-strike") -> SessionPlan {
    SessionPlan(id: "test", title: "Test session", kind: .strength, items: items, runningCue: cue)
}

/// The DOMAIN §4 15-minute routine: 12 blocks of hold × sides, 5 s switch, 10 s move.
func stretchRoutine() -> SessionPlan {
    let blocks: [(String, Int, Bool)] = [
        ("calf_wall_stretch", 30, true), ("soleus_wall_stretch", 30, true),
        ("half_kneeling_hip_flexor", 40, true), ("kneeling_shin_stretch", 30, false),
        ("childs_pose", 45, false), ("butterfly_stretch", 45, false), ("plantar_toe_stretch", 30, true),
        ("supine_hamstring_stretch", 40, true), ("figure_four_stretch", 40, true),
        ("supine_it_crossover", 30, true), ("supine_spinal_twist", 30, true),
        ("side_lying_quad_stretch", 40, true),
    ]
    return SessionPlan(
        id: "stretch-15", title: "15-minute stretch", kind: .stretch,
        items: blocks.map { holdItem($0.0, sets: 1, seconds: $0.1, rest: 0, unilateral: $0.2) },
        runningCue: "Relax your shoulders")
}

/// Reps at one side and no pain: what a runner who just presses Enter logs.
func plannedLog(_ engine: SessionEngine) -> ExerciseLogEntry {
    ExerciseLogEntry.planned(for: engine.plan.items[engine.currentStep.item!])
}

extension Array where Element == SessionCue {
    var spoken: [String] { compactMap { if case let .say(text) = $0 { text } else { nil } } }
    var countdowns: [Int] { compactMap { if case let .countdown(n) = $0 { n } else { nil } } }
    var completedSteps: [Int] { compactMap { if case let .stepCompleted(i) = $0 { i } else { nil } } }
}

