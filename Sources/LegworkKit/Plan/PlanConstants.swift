/// The plan generator's tunable numbers in one place. Those marked [conv] in DOMAIN.md are engineering
/// defaults with no source behind them: change them here, nowhere else.
public enum PlanConstants {
    /// Length of a plan without a race ahead [conv].
    public static let defaultWeeks = 8
    /// A race further away than this many weeks is not planned towards yet [conv].
    public static let maxWeeksToRace = 24
    /// Every 4th week is a deload [conv].
    public static let deloadEvery = 4
    /// Deload and taper: the volume falls by this share (DOMAIN §2: sets −40–50%) [conv].
    public static let deloadVolumeCut = 0.45
    /// A light week's reps in reserve never go past this (DOMAIN §2: RIR +2, "never past 4–5") [conv].
    public static let maxLightRIR = 5
    /// Deload and taper: stop this many more reps short of failure [conv].
    public static let lightWeekExtraRIR = 2
    /// Beginners spend their first weeks on technique at RIR 3–4.
    public static let beginnerTechniqueWeeks = 4
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
    /// Strength sessions a week, by phase (DOMAIN.md §2, Frequency).
    public static let maxSessionsBase = 3
    public static let maxSessionsBuild = 2
    public static let sessionsPeakAndTaper = 1
    /// Mobility sessions in the week after a race [conv].
    public static let recoveryMobilitySessions = 3
    /// No heavy leg work in the last days before a race: 5K/10K and half/marathon [conv; the safe end of
    /// DOMAIN.md's 5–7 and 7–10 days].
    public static let heavyFreeDaysShortRace = 7
    public static let heavyFreeDaysLongRace = 10
    /// No plyometrics in the final days before a race.
    public static let plyoFreeDaysBeforeRace = 7
    /// A first plan starting fewer days than this before a race is familiar, light work only [conv].
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
    /// A heavy lift stays heavy: at most this many reps (advanced: 3–4 × 3–6).
    public static let heavyLiftMaxReps = 6
    /// Progression steps before switching to the harder variant: loadable moves and body-weight moves.
    public static let variantStepLoaded = 4
    public static let variantStepBodyweight = 3
    /// Wall sit for pain relief (return from injury, knee pain): 5 × 45 s.
    public static let painReliefHold = Dose.hold(5, seconds: 45, rest: 60)
    /// Stretches in a mobility session [conv].
    public static let mobilityStretches = 6
    /// Stretches a knee flare should skip (DOMAIN.md §3, PFP flare).
    public static let kneeFlareSkippedStretches: Set<String> = ["kneeling_shin_stretch"]
    /// Heavy slow resistance for the Achilles (Beyer 2015): (from plan week, sets, reps) [DOMAIN.md §1].
    public static let hsrSchedule: [(fromWeek: Int, sets: Int, reps: Int)] = [(1, 3, 15), (2, 3, 12), (4, 4, 10), (6, 4, 8), (9, 4, 6)]
    /// Rathleff heel raises for plantar fasciitis: (from plan week, sets, reps) [DOMAIN.md §1].
    public static let rathleffSchedule: [(fromWeek: Int, sets: Int, reps: Int)] = [(1, 3, 12), (3, 4, 10), (5, 5, 8)]
    /// Equipment that stands in for another [conv]: a kettlebell loads what a dumbbell loads.
    public static let equivalentEquipment: [Equipment: Set<Equipment>] = [
        .dumbbells: [.kettlebell], .kettlebell: [.dumbbells],
    ]
}
