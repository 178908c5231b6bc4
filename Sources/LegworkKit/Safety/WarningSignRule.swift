/// Rule: what each warning sign does to training (DOMAIN.md §3, "What each warning sign does").
///
/// One row of the table per case. Every door that starts exercise asks `SafetyGate`, which reads these
/// rows, so the table is true everywhere at once.
public enum WarningSignRule: String, CaseHashable, Codable, CaseIterable, Sendable {
    /// Hot swollen calf, chest pain, fainting, fever: no training at all, urgent care today.
    case urgent
    /// Bone pain, night pain, a limp or not bearing weight: non-weight-bearing hip and core work only.
    case boneStress = "bone-stress"
    /// A knee that locks or gives way, a pop, a hot swollen joint: no heavy or single-leg knee loading.
    case knee
    /// Numbness or radiating pain: no loaded work for the affected limb.
    case nerve

    /// What training this sign leaves.
    public var allowance: TrainingAllowance {
        switch self {
        case .urgent: .none
        case .boneStress: .nonWeightBearing
        case .knee: .noKneeLoading
        case .nerve: .noLoadedLimb
        }
    }

    /// What happens to the runs in the calendar.
    public var runs: RunAdvice {
        switch self {
        case .urgent, .boneStress: .paused
        case .knee: .asClinicianSays
        case .nerve: .asUsual
        }
    }

    /// Stretching is allowed for every sign but the urgent ones.
    public var allowsStretching: Bool { self != .urgent }

    /// What the runner reads: the sign's consequence in one or two sentences.
    public var message: String {
        switch self {
        case .urgent:
            "A hot, swollen calf, chest pain, fainting or fever need urgent care today: no training and no stretching "
                + "until a clinician has seen you. Your runs are paused too."
        case .boneStress:
            "Bone pain, night pain or a limp can be a bone-stress injury: no running, no jumping and no standing leg work "
                + "until a clinician has checked it. Only lying-down hip and core work (bridges, side-lying leg raises, "
                + "dead bugs, planks) stays in your plan. Your runs are paused."
        case .knee:
            "A knee that locks or gives way, a pop or a hot, swollen joint: no squats, lunges, step-ups, single-leg or heavy "
                + "leg work and no jumping until a clinician has checked it; hip and core work only. Run only as your "
                + "clinician advises."
        case .nerve:
            "Numbness or pain that radiates down the leg: no added weight on your legs (body weight only) and no jumping "
                + "until a clinician has checked it. Stop any exercise that makes it worse."
        }
    }
}

extension RedFlag {
    /// The row of DOMAIN §3's table this sign follows.
    public var rule: WarningSignRule {
        switch self {
        case .swelling, .chestPain, .fainting: .urgent
        case .bonePain, .nightPain, .limp: .boneStress
        case .givingWay, .jointSwelling: .knee
        case .numbness: .nerve
        }
    }
}

/// What training is allowed today, from none to everything (the most restrictive rule wins).
public enum TrainingAllowance: Int, Codable, Comparable, CaseIterable, Sendable {
    /// Urgent care: no strength work, no stretching.
    case none
    /// Lying-down hip and core work only: no impact, no standing leg work, no added load.
    case nonWeightBearing
    /// Hip and core work: no heavy or single-leg knee loading, no jumping.
    case noKneeLoading
    /// Body weight only on the legs, no jumping.
    case noLoadedLimb
    /// Everything, one step easier where it hurts, and no dose rises.
    case regressions
    case everything

    public static func < (a: TrainingAllowance, b: TrainingAllowance) -> Bool { a.rawValue < b.rawValue }

    /// In a few words, for a status line: "no training: urgent care", "lying-down hip and core work only".
    public var phrase: String {
        switch self {
        case .none: "no training: urgent care"
        case .nonWeightBearing: "lying-down hip and core work only"
        case .noKneeLoading: "hip and core work, no knee loading"
        case .noLoadedLimb: "body-weight leg work only"
        case .regressions: "easier versions, no dose rises"
        case .everything: "everything in your plan"
        }
    }
}

/// What the plan does with the runs while a sign holds.
public enum RunAdvice: Int, Codable, Comparable, Sendable {
    case paused
    case asClinicianSays
    case asUsual

    public static func < (a: RunAdvice, b: RunAdvice) -> Bool { a.rawValue < b.rawValue }
}
