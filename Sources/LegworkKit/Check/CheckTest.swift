/// The tests of the runner's strength check (DOMAIN.md §5), each done alone at home, in this order.
public enum CheckTest: String, Codable, CaseIterable, Sendable {
    case heelRaise = "heel-raise"
    case hamstringBridge = "hamstring-bridge"
    case sidePlank = "side-plank"
    case singleLegSquat = "single-leg-squat"
    case kneeToWall = "knee-to-wall"
    case hops
    case painFreeRun = "pain-free-run"

    /// What a test's figure counts.
    public enum Measure: Sendable {
        /// Repetitions to fatigue, paced by the metronome.
        case reps
        /// A hold, in seconds, until form is lost.
        case seconds
        /// How many of the faults the runner saw (`SquatFault`).
        case faults
        /// A distance typed in centimetres.
        case centimetres
        /// Yes (1) or no (0): pain-free hops, pain-free running.
        case yesNo
    }

    public var title: String {
        switch self {
        case .heelRaise: "Single-leg heel raises"
        case .hamstringBridge: "Single-leg hamstring bridges"
        case .sidePlank: "Side plank hold"
        case .singleLegSquat: "Single-leg squat check"
        case .kneeToWall: "Knee-to-wall lunge"
        case .hops: "10 single-leg hops"
        case .painFreeRun: "30 minutes of pain-free running"
        }
    }

    public var measure: Measure {
        switch self {
        case .heelRaise, .hamstringBridge: .reps
        case .sidePlank: .seconds
        case .singleLegSquat: .faults
        case .kneeToWall: .centimetres
        case .hops, .painFreeRun: .yesNo
        }
    }

    /// Done on each side separately; only the running question has no sides.
    public var sided: Bool { self != .painFreeRun }

    /// The body area whose verdict the test gives; nil for the return-to-jumping answers.
    public var area: CheckArea? {
        switch self {
        case .heelRaise: .calves
        case .hamstringBridge: .backOfThighs
        case .sidePlank: .sideOfTrunk
        case .singleLegSquat: .hipControl
        case .kneeToWall: .ankles
        case .hops, .painFreeRun: nil
        }
    }

    /// The catalog card whose movement the test loads: the safety gate's answer for that card is the
    /// test's (a bone-stress sign, for one, allows no standing loaded leg work). Nil for the question.
    public var gateCardID: String? {
        switch self {
        case .heelRaise: "sl_calf_raise"
        case .hamstringBridge: "sl_glute_bridge"
        case .sidePlank: "side_plank"
        case .singleLegSquat: "sl_box_squat"
        case .kneeToWall: "calf_wall_stretch"
        case .hops: "sl_hop"
        case .painFreeRun: nil
        }
    }

    /// The values a result may hold: a figure beyond them is a typing slip, refused with the range.
    public var valueRange: ClosedRange<Int> {
        switch self {
        case .heelRaise, .hamstringBridge: 0...200
        case .sidePlank: 0...600
        case .singleLegSquat: 0...SquatFault.allCases.count
        case .kneeToWall: 0...30
        case .hops, .painFreeRun: 0...1
        }
    }

    /// The figure in words: "18", "45 s", "2 faults", "9 cm", "pain-free" / "painful".
    public func words(_ value: Int) -> String {
        switch measure {
        case .reps: String(value)
        case .seconds: "\(value) s"
        case .faults: value == 1 ? "1 fault" : "\(value) faults"
        case .centimetres: "\(value) cm"
        case .yesNo: value == 1 ? (self == .painFreeRun ? "yes" : "pain-free") : (self == .painFreeRun ? "no" : "painful")
        }
    }
}

/// What the single-leg squat check looks for in the mirror (DOMAIN.md §5): each one seen is a fault.
public enum SquatFault: String, Codable, CaseIterable, Sendable {
    case kneeIn = "knee-in"
    case pelvisDrops = "pelvis-drops"
    case trunkLeans = "trunk-leans"

    /// The yes/no question the check asks, in the runner's words.
    public var question: String {
        switch self {
        case .kneeIn: "Did your knee drift in, past your big toe?"
        case .pelvisDrops: "Did the hip of your free leg drop?"
        case .trunkLeans: "Did your upper body lean to the side?"
        }
    }
}

/// A body area a check test speaks for, named the way a runner says it.
public enum CheckArea: String, Codable, CaseIterable, Sendable {
    case calves
    case backOfThighs = "back-of-thighs"
    case sideOfTrunk = "side-of-trunk"
    case hipControl = "hip-control"
    case ankles

    public var words: String {
        switch self {
        case .calves: "calves"
        case .backOfThighs: "hamstrings and glutes"
        case .sideOfTrunk: "side of the trunk and hip"
        case .hipControl: "hip control"
        case .ankles: "ankle mobility"
        }
    }
}
