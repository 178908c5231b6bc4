@testable import LegworkKit

/// A catalog shaped like DOMAIN.md §1 for the plan generator's tests, independent of the bundled one.
enum PlanTestCards {
    /// - dose: "B/I/A" with "-" for "not for this level"; each "SxR", "SxA-B" or "SxNs".
    /// - rest: "B/I/A" seconds.
    static func card(
        _ id: String, _ name: String, _ kind: ExerciseKind, _ primary: [Muscle], eq: [Equipment] = [], opt: [Equipment] = [],
        uni: Bool = false, q: String, inj: [Injury] = [], dose: String, rest: String = "45/60/60", tempo: String = "2-1-1",
        reg: String? = nil, prog: String? = nil, subs: [String: String] = [:], protocolNotes: [String]? = nil, load: String? = nil,
        pattern: MovementPattern? = nil
    ) -> ExerciseCard {
        let scores = q.split(separator: "-").map { Int($0)! }
        let rests = rest.split(separator: "/").map { Int($0) ?? 60 }
        var doses: [Level: Dose] = [:]
        for (i, text) in dose.split(separator: "/").enumerated() where text != "-" {
            let parts = text.split(separator: "x")
            let sets = Int(parts[0])!
            let work = String(parts[1])
            let r = rests[min(i, rests.count - 1)]
            let lvl = Level.allCases[i]
            if work.hasSuffix("s") {
                doses[lvl] = .hold(sets, seconds: Int(work.dropLast())!, rest: r)
            } else if work.contains("-") {
                let ab = work.split(separator: "-").map { Int($0)! }
                doses[lvl] = Dose(sets: sets, work: .reps(ab[0]...ab[1]), rest: r, load: i == 2 ? load.map(Load.described) : nil)
            } else {
                doses[lvl] = .reps(sets, Int(work)!, rest: r, load: i == 2 ? load.map(Load.described) : nil)
            }
        }
        return ExerciseCard(
            id: id, name: name, kind: kind, muscles: MuscleGroups(primary: primary),
            equipment: EquipmentNeeds(required: eq, optional: opt, substitutes: subs), unilateral: uni,
            qualities: [.singleLeg: scores[0], .jointControl: scores[1], .loadTolerance: scores[2], .carryover: scores[3]],
            injuries: inj, tempo: Tempo(text: tempo)!, dose: doses, regression: reg, progression: prog,
            steps: ["Set up.", "Move."], cues: ["Cue."], mistakes: ["Mistake."], runningCue: "cue: \(id)",
            protocolNotes: protocolNotes, pattern: pattern)
    }

    static func stretch(_ id: String, _ name: String, _ primary: [Muscle], eq: [Equipment] = [], inj: [Injury] = [],
                        subs: [String: String] = [:]) -> ExerciseCard {
        card(id, name, .stretch, primary, eq: eq, q: "0-0-0-0", inj: inj, dose: "2x20s/2x30s/3x30s", rest: "10/10/10", tempo: "iso", subs: subs)
    }

    static let stair = ["step": "the bottom stair"]

    static let all: [ExerciseCard] = [
        card("glute_bridge", "Glute bridge", .strength, [.gluteMax, .hamstrings], eq: [.mat], q: "0-1-1-1", inj: [.knee, .itbs],
             dose: "2x12/3x12/3x10", prog: "sl_glute_bridge"),
        card("sl_glute_bridge", "Single-leg glute bridge", .strength, [.gluteMax, .gluteMed, .hamstrings], eq: [.mat], uni: true,
             q: "2-2-1-2", inj: [.knee, .itbs], dose: "2x8/3x10/3x12", reg: "glute_bridge", prog: "sl_rdl"),
        card("db_rdl", "DB RDL", .strength, [.hamstrings, .gluteMax], eq: [.dumbbells], q: "0-1-2-1", dose: "2x10/3x8/4x6",
             rest: "60/90/120", tempo: "3-0-1", reg: "glute_bridge", prog: "sl_rdl"),
        card("sl_rdl", "Single-leg RDL", .strength, [.gluteMax, .gluteMed, .hamstrings], eq: [.dumbbells], uni: true, q: "3-3-2-3",
             inj: [.itbs, .knee], dose: "2x8/3x8/4x6", rest: "60/60/90", tempo: "3-1-1", reg: "db_rdl"),
        card("trap_bar_deadlift", "Trap-bar deadlift", .strength, [.gluteMax, .quads, .hamstrings], eq: [.trapBar], q: "0-1-3-2",
             dose: "-/3x6/4x3-5", rest: "60/120/180", tempo: "2-0-1", reg: "db_rdl"),
        card("goblet_squat", "Tempo goblet squat", .strength, [.quads, .gluteMax], eq: [.dumbbells], q: "0-1-2-1", inj: [.knee],
             dose: "2x10/3x8/4x6", rest: "60/90/120", tempo: "3-1-1", reg: "wall_sit"),
        card("split_squat", "Split squat", .strength, [.quads, .gluteMax], opt: [.dumbbells], uni: true, q: "2-2-2-2", inj: [.knee],
             dose: "2x8/3x10/3x8", rest: "60/60/90", tempo: "3-1-1", reg: "goblet_squat", prog: "bulgarian_split_squat"),
        card("bulgarian_split_squat", "Bulgarian split squat", .strength, [.quads, .gluteMax], eq: [.bench], opt: [.dumbbells], uni: true,
             q: "3-2-3-2", inj: [.knee, .itbs], dose: "-/3x8/4x6", rest: "60/90/120", tempo: "3-1-1", reg: "split_squat"),
        card("lateral_lunge", "Lateral lunge", .strength, [.adductors, .gluteMed, .quads], opt: [.dumbbells], uni: true, q: "2-3-1-1",
             inj: [.itbs, .knee], dose: "2x6/3x8/3x8", reg: "goblet_squat", prog: "lateral_bound"),
        card("step_up", "Controlled step-up", .strength, [.gluteMax, .quads], eq: [.step], opt: [.dumbbells], uni: true, q: "3-2-2-3",
             inj: [.knee, .itbs], dose: "2x8/3x8/4x6", tempo: "3-0-1", reg: "split_squat", subs: stair),
        card("step_down", "Lateral step-down", .strength, [.quads, .gluteMed], eq: [.step], uni: true, q: "3-3-2-2", inj: [.knee, .itbs],
             dose: "2x8/3x10/3x10", tempo: "3-1-1", reg: "wall_sit", prog: "sl_box_squat", subs: stair),
        card("sl_box_squat", "Single-leg box squat", .strength, [.quads, .gluteMax], eq: [.step], uni: true, q: "3-3-2-2", inj: [.knee],
             dose: "-/3x6/3x8", tempo: "3-1-1", reg: "step_down"),
        card("wall_sit", "Wall sit", .strength, [.quads, .gluteMax], eq: [.wall], q: "0-1-2-0", inj: [.knee], dose: "3x30s/4x45s/5x45s",
             tempo: "iso", prog: "goblet_squat"),
        card("side_lying_abduction", "Side-lying hip abduction", .strength, [.gluteMed], eq: [.mat], opt: [.dumbbells], uni: true, q: "1-2-1-0",
             inj: [.itbs, .knee], dose: "2x12/3x15/3x12", rest: "30/45/45", tempo: "2-1-2", prog: "lateral_band_walk"),
        card("lateral_band_walk", "Lateral band walk", .strength, [.gluteMed, .gluteMax], eq: [.miniBand], q: "1-2-1-1", inj: [.itbs, .knee],
             dose: "2x10/3x12/3x15", rest: "30/45/45", tempo: "none", reg: "side_lying_abduction", prog: "hip_hike"),
        card("hip_hike", "Hip hike", .strength, [.gluteMed], eq: [.step], uni: true, q: "3-3-1-2", inj: [.itbs, .knee],
             dose: "2x10/3x12/3x15", rest: "30/45/60", tempo: "2-1-2", reg: "side_lying_abduction", prog: "step_down", subs: stair),
        card("calf_raise", "Calf raise", .strength, [.calves, .soleus], eq: [.step], q: "0-1-1-1", inj: [.achilles, .plantar, .shins],
             dose: "2x15/3x20/-", rest: "45/45/45", tempo: "2-1-2", prog: "sl_calf_raise", subs: ["step": "a stair, or flat floor"]),
        card("sl_calf_raise", "Single-leg calf raise", .strength, [.calves, .soleus], eq: [.step], opt: [.dumbbells], uni: true,
             q: "2-2-3-3", inj: [.achilles, .shins, .plantar], dose: "2x10/3x15/4x8", rest: "60/60/90", tempo: "3-1-2", reg: "calf_raise",
             subs: ["step": "a stair, or flat floor"], load: "+ dumbbell"),
        card("seated_soleus_raise", "Seated soleus raise", .strength, [.soleus], eq: [.bench, .dumbbells], uni: true, q: "1-1-3-2",
             inj: [.achilles, .shins], dose: "2x15/3x12/4x8", rest: "60/60/90", tempo: "3-1-2", reg: "calf_raise",
             subs: ["bench": "a chair", "dumbbells": "a backpack on the knee"]),
        card("eccentric_heel_drop", "Alfredson heel drop", .strength, [.calves, .achilles], eq: [.step], opt: [.backpack], uni: true,
             q: "2-1-3-1", inj: [.achilles], dose: "3x15/3x15/3x15", rest: "60/60/60", tempo: "3-0-0", reg: "calf_raise",
             subs: ["step": "the bottom stair"], protocolNotes: ["Straight-knee 3×15 plus bent-knee 3×15, twice daily, for 12 weeks."]),
        card("towel_heel_raise", "Rathleff heel raise", .strength, [.plantarFascia, .calves], eq: [.step, .towel], opt: [.backpack], uni: true,
             q: "2-1-3-1", inj: [.plantar], dose: "3x12/3x12/3x12", rest: "90/90/90", tempo: "3-2-3", reg: "calf_raise",
             subs: ["step": "the bottom stair"], protocolNotes: ["3×12RM, then 4×10RM from week 3, then 5×8RM from week 5."]),
        card("tibialis_raise", "Tibialis wall raise", .strength, [.tibialis], eq: [.wall], q: "0-1-1-1", inj: [.shins],
             dose: "2x15/3x20/3x15", rest: "30/45/45"),
        card("dead_bug", "Dead bug", .core, [.core], eq: [.mat], q: "0-2-0-1", dose: "2x6/3x8/3x10", rest: "30/30/45", tempo: "slow",
             prog: "front_plank"),
        card("front_plank", "Plank variations", .core, [.core, .gluteMax], eq: [.mat], q: "0-2-1-1", dose: "3x20s/3x40s/3x30s",
             rest: "30/45/45", tempo: "iso", reg: "dead_bug"),
        card("side_plank", "Side plank", .core, [.obliques, .gluteMed], eq: [.mat], uni: true, q: "1-2-1-1", inj: [.itbs],
             dose: "2x20s/3x30s/3x30s", rest: "30/30/45", tempo: "iso", reg: "front_plank", prog: "copenhagen_plank"),
        card("copenhagen_plank", "Copenhagen plank", .core, [.adductors, .obliques], eq: [.bench], uni: true, q: "1-3-2-1",
             dose: "-/3x20s/3x30s", rest: "60/60/60", tempo: "iso", reg: "side_plank"),
        card("pallof_press", "Pallof press", .core, [.obliques, .core], eq: [.longBand], uni: true, q: "0-2-1-1", dose: "2x8/3x10/3x12",
             rest: "30/45/45", tempo: "1-2-1", reg: "dead_bug"),
        card("suitcase_carry", "Suitcase carry", .core, [.obliques, .gluteMed], eq: [.dumbbells], uni: true, q: "1-3-3-2", inj: [.itbs],
             dose: "2x20s/3x30s/4x30s", rest: "60/60/90", tempo: "none", reg: "side_plank", pattern: .carry),
        card("pogo_hops", "Pogo hops", .power, [.calves, .achilles], q: "0-2-1-3", dose: "2x10/3x15/4x20", rest: "60/60/90", tempo: "fast",
             reg: "sl_calf_raise", prog: "sl_hop"),
        card("sl_hop", "Single-leg hop", .power, [.calves, .quads, .gluteMax], uni: true, q: "3-3-2-3", dose: "-/3x8/4x10",
             rest: "60/90/120", tempo: "fast", reg: "pogo_hops", prog: "lateral_bound"),
        card("lateral_bound", "Skater bound", .power, [.gluteMed, .gluteMax], uni: true, q: "3-3-2-2", dose: "-/3x6/3x8",
             rest: "60/90/120", tempo: "fast", reg: "lateral_lunge"),
        stretch("calf_wall_stretch", "Wall calf stretch", [.calves], eq: [.wall], inj: [.achilles, .plantar, .shins]),
        stretch("soleus_wall_stretch", "Bent-knee soleus stretch", [.soleus, .achilles], eq: [.wall], inj: [.achilles, .shins]),
        stretch("plantar_toe_stretch", "Plantar toe stretch", [.plantarFascia], inj: [.plantar]),
        stretch("kneeling_shin_stretch", "Kneeling shin stretch", [.tibialis], eq: [.mat, .block], inj: [.shins]),
        stretch("half_kneeling_hip_flexor", "Kneeling hip-flexor stretch", [.hipFlexors], eq: [.block], subs: ["block": "a folded towel"]),
        stretch("side_lying_quad_stretch", "Side-lying quad stretch", [.quads], eq: [.mat], inj: [.knee]),
        stretch("supine_hamstring_stretch", "Supine hamstring stretch", [.hamstrings], eq: [.towel], subs: ["towel": "a belt or a scarf"]),
        stretch("figure_four_stretch", "Supine figure-four", [.gluteMax, .hipRotators], eq: [.mat], inj: [.itbs]),
        stretch("butterfly_stretch", "Butterfly", [.adductors], eq: [.block], subs: ["block": "a cushion"]),
        stretch("childs_pose", "Child's pose", [.lowBack, .lats], eq: [.block], subs: ["block": "a cushion"]),
    ]

    static func named(_ id: String) -> ExerciseCard { all.first { $0.id == id }! }

    static let gym: Set<Equipment> = [.mat, .miniBand, .longBand, .dumbbells, .kettlebell, .step, .bench, .wall, .backpack, .towel, .block, .trapBar]
}
