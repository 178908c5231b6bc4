/// The plan generator's tunable numbers in one place. Those marked [conv] in DOMAIN.md are engineering
/// defaults with no source behind them: change them here, nowhere else.
public enum PlanConstants {
    /// Length of a plan without a race ahead [conv].
    public static let defaultWeeks = 8
    /// A race further away than this many weeks is not planned towards yet [conv].
    public static let maxWeeksToRace = 24
    /// Every 4th week is a deload [conv].
    public static let deloadEvery = 4
    /// Deload: the share of its sets an exercise loses (DOMAIN §2, Deload: sets −40–50%) [conv].
    public static let deloadSetsCut = 0.40...0.50
    /// Deload: the cut a session's sets aim at when an exercise's sets cannot be cut within
    /// `deloadSetsCut` (3 sets: 2 or 1, see `LightSets`) [conv].
    public static let deloadVolumeCut = 0.45
    /// A light week's reps in reserve never go past this (DOMAIN §2: RIR +2, "never past 4–5") [conv].
    public static let maxLightRIR = 5
    /// Deload and taper: stop this many more reps short of failure [conv].
    public static let lightWeekExtraRIR = 2
    /// Beginners spend their first weeks on technique at RIR 3–4.
    public static let beginnerTechniqueWeeks = 4
    /// Effort of a beginner's technique weeks (DOMAIN §2, Level: 2×10–15 at RIR 3–4).
    public static let techniqueRIR = RepsInReserve(3, 4)
    /// Effort of the advanced level's one heavy lift (DOMAIN §2, Level: RIR 1–2, never 0).
    public static let heavyLiftRIR = RepsInReserve(1, 2)
    /// Effort of every other lift at every level past the technique weeks, the advanced level's
    /// accessories included (DOMAIN §6, Effort per session: accessories stay at RIR 2–3).
    public static let accessoryRIR = RepsInReserve(2, 3)
    /// Rehab work for a painful area keeps at least this many reps in reserve (DOMAIN §6, Effort per
    /// session: rehab items for a painful area ≥3).
    public static let rehabMinRIR = 3
    /// Pogo hops only after this many pain-free weeks for a beginner [conv].
    public static let painFreeWeeksBeforeBeginnerPlyo = 4
    /// Foot contacts per week at most [conv].
    public static let plyoContactsPerWeek: [Level: Int] = [.beginner: 40, .intermediate: 60, .advanced: 100]
    /// Sessions with plyometrics per week [conv]; beginners follow the intermediate rule once cleared.
    public static let plyoSessionsPerWeek: [Level: Int] = [.beginner: 1, .intermediate: 1, .advanced: 2]
    /// Plyo contacts rise at most this much a week [conv]; each progression step multiplies by less.
    public static let plyoWeeklyGrowth = 1.15
    /// Daily pain above this is a flare: no plyometrics.
    public static let flarePain = 3
    /// Pain above this: every exercise one step easier (regression).
    public static let regressPain = 5
    /// Strength sessions are at least this many days apart: 48 h (DOMAIN §6, Spacing; §2, Session structure).
    static let strengthSpacingDays = 2
    /// Strength sessions a week, by phase (DOMAIN.md §2, Frequency).
    public static let maxSessionsBase = 3
    /// From this weekly distance the running load leaves room for 2 strength sessions a week, not 3 [conv].
    public static let highMileageKm = 80.0
    public static let maxSessionsBuild = 2
    public static let sessionsPeakAndTaper = 1
    /// Mobility sessions in the week after a race [conv].
    public static let recoveryMobilitySessions = 3
    /// No heavy leg work in the last days before a race: 5K/10K and half/marathon [conv; the safe end of
    /// DOMAIN.md's 5–7 and 7–10 days].
    public static let heavyFreeDaysShortRace = 7
    public static let heavyFreeDaysLongRace = 10

    /// Days before a race of `distance` without heavy leg work: longer before a half or a marathon.
    public static func heavyFreeDays(before distance: RaceDistance?) -> Int {
        distance?.isLong == true ? heavyFreeDaysLongRace : heavyFreeDaysShortRace
    }
    /// Days after a race without heavy leg work, the tendon protocol's heavy raises included [conv].
    public static let heavyFreeDaysAfterRace = 7
    /// No plyometrics in the final days before a race.
    public static let plyoFreeDaysBeforeRace = 7
    /// A first plan starting this many days or fewer before a race is familiar, light work only [conv].
    public static let newToRaceDays = 21
    /// Progression: reps added at the "reps" step, seconds added to a hold [conv].
    public static let repsStep = 2
    public static let holdStepSeconds = 10
    /// Holds stop growing here and progress by lever or variant instead (DOMAIN §2, Training blocks).
    public static let holdCaps: [String: Int] = ["side_plank": 45, "copenhagen_plank": 30, "front_plank": 60]
    /// The cap of a hold not named in `holdCaps` [conv].
    public static let defaultHoldCap = 45
    /// The sets step never goes above this [conv]: sessions must stay near their length.
    public static let maxSets = 4
    /// A heavy lift stays heavy: at most this many reps and at least this many sets (advanced: 3–4 × 3–6).
    public static let heavyLiftMaxReps = 6
    static let heavyLiftMinSets = 3
    /// Single-leg lifts past the beginner level: at least this many sets where the level's dose has them,
    /// and reps up to this many (DOMAIN §6, Volume floors: intermediate lifts stay near 3 × 6–10) [conv].
    static let singleLegMinSets = 3
    static let singleLegMaxReps = 12
    /// Calf work in a full session: at least this many reps a set, unless its own heavier dose lists fewer
    /// (DOMAIN §6, Volume floors: at least 2 × 10, or a genuinely heavy load).
    static let calfMinReps = 10
    /// Reps a strength move grows to at most, unless one of the card's own doses lists more (a calf raise's
    /// 3 × 20): past it the move progresses by a slower lowering or its harder variant, not by more reps,
    /// because sets of 16 and more train endurance, not the strength the landings need [conv].
    public static let repCeiling = 15

    /// The most reps `card` grows to: `repCeiling`, or the most its own doses list when that is more.
    public static func repCeiling(_ card: ExerciseCard) -> Int {
        let listed = card.dose.values.compactMap { dose -> Int? in
            if case let .reps(range) = dose.work { range.upperBound } else { nil }
        }
        return max(repCeiling, listed.max() ?? 0)
    }
    /// Progression steps before switching to the harder variant: loadable moves and body-weight moves.
    public static let variantStepLoaded = 4
    public static let variantStepBodyweight = 3
    /// The isometric hold before loading while a knee hurts: the wall sit's beginner dose, 3 × 30 s, so
    /// it eases the knee without pushing the knee strengthening out of the session [conv].
    public static let kneeIsometricHold = Dose.hold(3, seconds: 30, rest: 60)
    /// The heel-raise protocol runs every second day (Rathleff; HSR at least 3 × a week) [DOMAIN.md §1].
    public static let protocolEveryDays = 2
    /// Rest after each set of a heel-raise protocol: each leg also rests while the other works [conv].
    public static let protocolRest = 60
    /// Stretches in a mobility session [conv].
    public static let mobilityStretches = 6
    /// Stretches a sore knee should skip: deep kneeling (DOMAIN.md §3, PFP flare; the cards say so).
    public static let kneeFlareSkippedStretches: Set<String> = ["kneeling_shin_stretch", "childs_pose", "half_kneeling_hip_flexor", "couch_stretch"]
    /// Too intense for the days after a race [conv].
    public static let intenseStretches: Set<String> = ["couch_stretch", "pigeon_pose"]
    /// The key areas the post-race mobility covers, each by its first stretch: calves, hamstrings,
    /// glutes, hips, quads.
    public static let postRaceAreas: [Muscle] = [.calves, .hamstrings, .gluteMax, .hipFlexors, .quads]
    /// Heavy slow resistance for the Achilles (Beyer 2015): (from plan week, sets, reps) [DOMAIN.md §1].
    public static let hsrSchedule: [(fromWeek: Int, sets: Int, reps: Int)] = [(1, 3, 15), (2, 3, 12), (4, 4, 10), (6, 4, 8), (9, 4, 6)]
    /// Rathleff heel raises for plantar fasciitis: (from plan week, sets, reps) [DOMAIN.md §1].
    public static let rathleffSchedule: [(fromWeek: Int, sets: Int, reps: Int)] = [(1, 3, 12), (3, 4, 10), (5, 5, 8)]
    /// The source's top five foundation exercises (glute bridge, single-leg deadlift, lateral band walk,
    /// step-up, plank), ranked ahead where they fit the slot and the runner's equipment [conv weight].
    public static let foundationExercises: Set<String> = ["glute_bridge", "sl_rdl", "lateral_band_walk", "step_up", "front_plank"]
    static let foundationBonus = 60
    /// The warm-up that opens every strength session: the timed moves (`SessionFraming`: a minute of
    /// marching, counted leg swings), then one light set of glute bridges as the only activation, in 3–5
    /// minutes in all (DOMAIN.md §2, Session structure: 3–5 min; 3½ at most here, so a 15-minute session keeps its work).
    public static let warmUpMaxSeconds = 210
    public static let warmUpCard = "glute_bridge"
    public static let warmUpBridgeReps = 10
    /// An injury module's exercise as the warm-up's activation: at most 15 reps and 45 s rest, and sets
    /// taken off until the whole warm-up is timed within its minutes [conv].
    static let warmUpModuleReps = 15
    static let warmUpModuleRest = 45
    /// The heavy lift's ramp-up sets before the work sets (DOMAIN §2, Session structure: 1–2; §6, Ramp-up
    /// sets: about 8 easy reps at half the weight, then 3–5 at ~75%) and the rest after each [conv].
    static let rampUpSets = [RampUpSet(reps: 8, percent: 50, rest: 60), RampUpSet(reps: 4, percent: 75, rest: 90)]
    /// Rest between an advanced runner's heavy work sets, in seconds (DOMAIN §6, Ramp-up sets: 2–3 min) [conv].
    static let advancedHeavyLiftRest = 120...180
    /// A beginner's technique weeks: 2 sets of 10–15 reps (DOMAIN.md §2, Level).
    static let techniqueSets = 2
    static let techniqueReps = 10...15
    /// Household items every runner has (DOMAIN.md §1): a wall, a sturdy chair or sofa (bench), a towel,
    /// a pillow (block) and a backpack with books or water bottles (load). Not the step: not every home
    /// has a stair, so a runner with one lists it, and calf raises work from flat floor without it.
    public static let householdEquipment: Set<Equipment> = [.wall, .bench, .towel, .block, .backpack]
    /// Equipment that stands in for another [conv]: a kettlebell loads what a dumbbell loads.
    public static let equivalentEquipment: [Equipment: Set<Equipment>] = [
        .dumbbells: [.kettlebell], .kettlebell: [.dumbbells],
    ]
}
