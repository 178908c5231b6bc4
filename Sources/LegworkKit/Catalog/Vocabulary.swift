// The closed vocabularies of the catalog and the profile. Raw values are the words used in the data
// files, on the command line and in JSON output: they are a contract, so never rename one.

public enum ExerciseKind: String, CaseHashable, Codable, CaseIterable, Sendable {
    case strength, core, power, stretch
}

/// The four qualities of a good runner's exercise (DOMAIN.md): every card scores 0–3 on each.
public enum Quality: String, CaseHashable, Codable, CaseIterable, Sendable, CodingKeyRepresentable {
    case singleLeg = "single-leg"
    case jointControl = "joint-control"
    case loadTolerance = "load-tolerance"
    case carryover

    public var title: String {
        switch self {
        case .singleLeg: "Single-leg focus"
        case .jointControl: "Joint control"
        case .loadTolerance: "Load tolerance"
        case .carryover: "Carryover to running"
        }
    }

    public var abbreviation: String {
        switch self {
        case .singleLeg: "SL"
        case .jointControl: "JC"
        case .loadTolerance: "LT"
        case .carryover: "CO"
        }
    }
}

/// Running injuries, named as the profile names them.
public enum Injury: String, CaseHashable, Codable, CaseIterable, Sendable {
    case itbs      // iliotibial band syndrome
    case knee      // patellofemoral pain, "runner's knee"
    case shins     // medial tibial stress syndrome, "shin splints"
    case achilles  // Achilles tendinopathy
    case plantar   // plantar fasciitis
    case other

    public var title: String {
        switch self {
        case .itbs: "IT band syndrome"
        case .knee: "Runner's knee"
        case .shins: "Shin splints"
        case .achilles: "Achilles tendinopathy"
        case .plantar: "Plantar fasciitis"
        case .other: "Other"
        }
    }
}

public enum Level: String, CaseHashable, Codable, CaseIterable, Sendable, CodingKeyRepresentable {
    case beginner, intermediate, advanced
}

public enum Equipment: String, CaseHashable, Codable, CaseIterable, Sendable {
    case mat
    case miniBand = "mini-band"
    case longBand = "long-band"
    case dumbbells
    case kettlebell
    case step
    case bench
    case wall
    case backpack
    case towel
    case block
    case trapBar = "trap-bar"

    public var title: String {
        switch self {
        case .mat: "mat"
        case .miniBand: "mini-band"
        case .longBand: "long band"
        case .dumbbells: "dumbbells"
        case .kettlebell: "kettlebell"
        case .step: "step or box"
        case .bench: "bench"
        case .wall: "wall"
        case .backpack: "backpack"
        case .towel: "towel"
        case .block: "pillow or yoga block"
        case .trapBar: "trap bar"
        }
    }
}

public enum Muscle: String, CaseHashable, Codable, CaseIterable, Sendable {
    case gluteMax = "glute-max"
    case gluteMed = "glute-med"
    case hamstrings
    case quads
    case adductors
    case calves
    case soleus
    case tibialis
    case achilles
    case plantarFascia = "plantar-fascia"
    case hipFlexors = "hip-flexors"
    case hipRotators = "hip-rotators"
    case core
    case obliques
    case lowBack = "low-back"
    case lats
    // The upper body, for imported cards (free-exercise-db lists them); Legwork's own cards do not train it.
    case middleBack = "middle-back"
    case traps, chest, shoulders, biceps, triceps, forearms, neck

    public var title: String {
        switch self {
        case .gluteMax: "glute max"
        case .gluteMed: "glute med"
        case .plantarFascia: "plantar fascia"
        case .hipFlexors: "hip flexors"
        case .hipRotators: "hip rotators"
        case .lowBack: "low back"
        case .middleBack: "middle back"
        default: rawValue
        }
    }
}

/// Whether a movement works several joints or one (free-exercise-db's `mechanic`): kept from an import.
/// What the movement is, where the other fields do not say it and a rule needs to know: a loaded carry
/// (walking while holding a load) has its own place in a long session.
public enum MovementPattern: String, Codable, CaseIterable, Sendable {
    case carry
}

public enum Mechanic: String, Codable, CaseIterable, Sendable {
    case compound, isolation
}

/// Whether the working muscles push, pull or hold (free-exercise-db's `force`): kept from an import.
public enum Force: String, Codable, CaseIterable, Sendable {
    case push, pull
    case holdStill = "static"
}
