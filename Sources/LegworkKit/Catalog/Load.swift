/// How a dose is loaded, as a value the rules read (DOMAIN §6, Words follow values): body weight, a card's
/// own words with what they ask for, a weight in kilograms the log set, what the runner owns lowered
/// slowly, light for a race… No rule reads the words; `words` writes them last, from the value.
public struct Load: Hashable, Sendable {
    public enum Kind: Hashable, Sendable, Codable {
        /// The card's words for this level ("mini-band above the knees", "heavier dumbbells; add load to
        /// progress"), read once from the data with what they ask for (`LoadDemand(words:)`).
        case described(String, LoadDemand)
        /// A weight in kilograms the log set.
        case kilograms(Double)
        /// Body weight only until a clinician clears a warning sign (DOMAIN §4).
        case bodyWeightOnly
        /// A tendon protocol while its area hurts above 5/10: no added weight (DOMAIN §3).
        case painEased
        /// The light calf day between two heavy heel-raise days (DOMAIN §6, the light calf day stays light).
        case lightCalfDay
        /// Race week, the taper, the weeks back after a race: light, well short of effort.
        case lightWeight
        /// A tendon protocol's heavy slow raise with what the runner loads it with ("dumbbells").
        case protocolHeavy(tool: String, reps: Int)
        /// A tendon protocol near a race: about half the heavy weight.
        case protocolNearRace
        /// A tendon protocol's heavy slow raise from a runner whose heaviest weight is light (`OwnedLoad`):
        /// the weight they have, made heavier where it can be (hands pressing on the knee of a seated raise,
        /// a loaded backpack on a standing one), never a promise that it is heavy (DOMAIN §6, Words follow
        /// values: a load the equipment cannot give is not asked for).
        case protocolOwnedLight(LoadTool, kg: Double, reps: Int, seated: Bool)
        /// A dose asking for a heavier weight than the runner owns: their weight, lowered slowly, 2 more reps
        /// (`OwnedLoad.fit`).
        case slowLowering(LoadTool, kg: Double, fromStepEdge: Bool)
    }

    public var kind: Kind
    /// The calendar's 2.5–5% more this week, which the log earned (`AutoRegulation`); only then said.
    public var addsThisWeek: Bool

    public init(_ kind: Kind, addsThisWeek: Bool = false) {
        self.kind = kind; self.addsThisWeek = addsThisWeek
    }

    /// A card's words, with what they ask for read from them once.
    public static func described(_ words: String) -> Load { Load(.described(words, LoadDemand(words: words))) }

    public static func kilograms(_ kg: Double) -> Load { Load(.kilograms(kg)) }

    /// No weight is held: the body is the load (the rules' "body weight").
    public var isBodyWeight: Bool {
        switch kind {
        case let .described(_, demand): demand.weight == .bodyWeight
        case .bodyWeightOnly, .painEased, .lightCalfDay: true
        case .kilograms, .lightWeight, .protocolHeavy, .protocolNearRace, .slowLowering, .protocolOwnedLight: false
        }
    }

    /// Asks for a heavy weight or for more of it: what a runner with only light weights cannot give
    /// (`OwnedLoad.fit`).
    public var asksForMore: Bool {
        if addsThisWeek { return true }
        switch kind {
        case let .described(_, demand): return demand.asksForMore
        case .protocolHeavy: return true
        case .kilograms, .bodyWeightOnly, .painEased, .lightCalfDay, .lightWeight, .protocolNearRace, .slowLowering, .protocolOwnedLight:
            return false
        }
    }

    /// A weight the log set, in kilograms.
    public var kilograms: Double? {
        if case let .kilograms(kg) = kind { kg } else { nil }
    }

    /// This load without the week's added 2.5–5% (the log held the dose); nil when nothing else was said.
    public var withoutAddedLoad: Load? {
        if case let .described(words, _) = kind, words.isEmpty { return nil }
        return Load(kind)
    }

    /// `load` (nil: none said) with the week's added 2.5–5%.
    public static func addingThisWeek(to load: Load?) -> Load {
        Load(load?.kind ?? .described("", LoadDemand(words: "")), addsThisWeek: true)
    }

    /// The words in kilograms, as data files, the store and the plan's JSON keep them.
    public var words: String { words(in: .kg) }

    /// The words a runner reads, weights in their unit: "heavier dumbbells; add load to progress", "12 kg",
    /// "25 lb", "body weight only".
    public func words(in unit: LoadUnit) -> String {
        let base: String = switch kind {
        case let .described(words, _): words
        case let .kilograms(kg): unit.words(kilograms: kg)
        case .bodyWeightOnly: "body weight only"
        case .painEased: "body weight only while the pain is above 5/10: no added weight until it is 5/10 or less during the set and the next morning"
        case .lightCalfDay: "body weight: a light day between the heavy heel-raise days"
        case .lightWeight: "a light weight, well short of effort"
        case let .protocolHeavy(tool, reps): "heavy: \(tool), so \(reps) slow reps are the most you can do"
        case let .protocolOwnedLight(tool, kg, reps, seated):
            (seated ? "\(tool.words(kg)) on the knee, both hands pressing down on it as well"
                    : "\(tool.words(kg)), light for this: add a loaded backpack if you can")
                + ", so that \(reps) slow reps come close to the most you can do"
        case .protocolNearRace: "lighter near your race: about half your heavy weight, well short of effort; the rhythm stays, the weight waits"
        case let .slowLowering(tool, kg, fromStepEdge):
            "\(tool.words(kg, unit: unit)), lowered over 4 s\(fromStepEdge ? ", from the step's edge for a longer range" : ""): "
                + "with 2 more reps that gives the work of a bigger weight"
        }
        guard addsThisWeek else { return base }
        return base.isEmpty ? Self.addThisWeekWords : base + "; " + Self.addThisWeekWords
    }

    /// What a week whose added load the log earned says after the load.
    public static let addThisWeekWords = "this week: add 2.5–5% load"

    /// "12", "12.5", "2.25": kilograms without trailing zeros.
    public static func kilogramWords(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}

/// What a card's load words ask for, read once when the card is read (the data's edge, as "8-12" is read
/// into a range): the rules read this, never the words.
public struct LoadDemand: Hashable, Sendable, Codable {
    public enum Weight: Int, Hashable, Sendable, Codable, Comparable {
        /// "body weight…": nothing held.
        case bodyWeight
        /// Anything else that is not asked heavy ("a dumbbell held at the chest", "medium band").
        case some
        /// "heavy…", "heavier…".
        case heavy

        public static func < (a: Weight, b: Weight) -> Bool { a.rawValue < b.rawValue }
    }

    public var weight: Weight
    /// Asks for a heavy weight or for more over time ("heavier dumbbells", "add load to progress").
    public var asksForMore: Bool
    /// Names a dumbbell: a runner without dumbbells reads what they load it with instead
    /// (`ExerciseSelector.ownLoad`).
    public var namesDumbbell: Bool

    public init(weight: Weight, asksForMore: Bool, namesDumbbell: Bool) {
        self.weight = weight; self.asksForMore = asksForMore; self.namesDumbbell = namesDumbbell
    }

    /// The catalog's convention for load words (docs/catalog-format.md, `load`): a dose done with the body
    /// alone starts "body weight"; "heav" asks for a heavy weight; "add load" asks for more over weeks.
    public init(words: String) {
        let text = words.lowercased()
        let heavy = text.mentions("heav")
        weight = text.isEmpty || text.hasPrefix("body weight") || text.hasPrefix("bodyweight") ? .bodyWeight : heavy ? .heavy : .some
        asksForMore = heavy || text.mentions("add load") || text.mentions("add 2.5")
        namesDumbbell = text.mentions("dumbbell")
    }
}

/// What carries a runner's own weight.
public enum LoadTool: String, Hashable, Sendable, Codable {
    case dumbbells, backpack

    /// "your 4 kg dumbbells", "your 6 kg backpack", "your 10 lb dumbbells".
    public func words(_ kg: Double, unit: LoadUnit = .kg) -> String {
        switch self {
        case .dumbbells: "your \(unit.words(kilograms: kg)) dumbbells"
        case .backpack: "your \(unit.words(kilograms: kg)) backpack"
        }
    }

    /// Why no more weight: "your heaviest dumbbell is 12 kg", "your backpack holds 8 kg".
    public func limit(_ kg: Double, unit: LoadUnit = .kg) -> String {
        switch self {
        case .dumbbells: "your heaviest dumbbell is \(unit.words(kilograms: kg))"
        case .backpack: "your backpack holds \(unit.words(kilograms: kg))"
        }
    }
}

extension Load: ExpressibleByStringLiteral {
    /// A card's words written in code or a test: `load: "light dumbbell"`.
    public init(stringLiteral words: String) { self = .described(words) }
}

// MARK: - Stored form

extension Load: Codable {
    /// In data files and in the plan's JSON a load is its words (`"load": "light dumbbell"`); a stored
    /// session or block also keeps the value (`loadValue`, see `Dose`'s coding) so nothing is read back from
    /// words. `Load(storedWords:)` reads what older stores kept as words only.
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        self.init(storedWords: try c.decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(words)
    }

    /// The value of words stored before loads were values: the phrases Legwork wrote are recognised, a
    /// weight "12.5 kg" is kilograms, anything else is a card's own words. Only stores older than the value
    /// and data files come this way.
    public init(storedWords text: String) {
        self = Self.readWords.value(for: text) { Load(reading: text) }
    }

    /// The loads read from words, by their words: a plan's doses repeat a few dozen phrases, and each is
    /// read back again whenever a dose is encoded (`StoredLoad.needed`) or decoded.
    private static let readWords = Memo<String, Load>()

    private init(reading text: String) {
        var words = text
        var adds = false
        for suffix in ["; " + Self.addThisWeekWords, Self.addThisWeekWords] where words.hasSuffix(suffix) && (suffix.hasPrefix(";") || words == suffix) {
            words.removeLast(suffix.count)
            adds = true
            break
        }
        let generated: [Kind] = [.bodyWeightOnly, .painEased, .lightCalfDay, .lightWeight, .protocolNearRace]
        if let kind = generated.first(where: { Load($0).words == words }) {
            self.init(kind, addsThisWeek: adds)
        } else if words.hasSuffix(" kg"), let kg = Double(words.dropLast(3)), kg.isFinite, kg > 0 {
            self.init(.kilograms(kg), addsThisWeek: adds)
        } else {
            self.init(.described(words, LoadDemand(words: words)), addsThisWeek: adds)
        }
    }
}

/// The value of a stored load whose words do not give it back (see `Dose`'s coding).
struct StoredLoad: Codable {
    var kind: Load.Kind
    var addsThisWeek: Bool?

    init(_ load: Load) { kind = load.kind; addsThisWeek = load.addsThisWeek ? true : nil }

    var load: Load { Load(kind, addsThisWeek: addsThisWeek ?? false) }

    /// Only a load its words cannot give back is stored as a value too.
    static func needed(_ load: Load) -> Bool { Load(storedWords: load.words) != load }
}
