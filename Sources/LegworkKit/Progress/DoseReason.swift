/// Why the log decided what it did for one exercise, as a value (DOMAIN §6, Words follow values). Nothing
/// decides from it; its words are written last: `shorthand` for the plan's exports and the stored block
/// ("harder: bulgarian_split_squat, 3x10 at RIR 2 twice"), `sentence` for a runner ("Next step: Bulgarian
/// split squat, 3 × 10 with 2 reps to spare, twice").
public indirect enum DoseReason: Hashable, Sendable, Codable {
    /// Nothing of the exercise is logged yet.
    case nothingLogged
    /// Pain says ease off: the easier card `to` in its place.
    case easier(to: String, because: PainCause)
    /// Pain says ease off and no easier card can be taken: the same card, lighter or shorter.
    case lighter(because: PainCause)
    /// The last session went closer to failure than planned.
    case effortBelowTarget(rir: Int, target: Int)
    /// Not yet at the top of the range twice.
    case notYet(done: Performance, top: Performance)
    /// More load (kilograms), earned at the top twice, said in the runner's unit.
    case addedLoad(Double, LoadUnit, done: Performance)
    /// The harder card `to`, earned at the top twice.
    case harder(to: String, done: Performance)
    /// The top twice, and no harder card to take.
    case noHarderVariant(done: Performance)
    /// The harder card (named) needs equipment the runner does not have.
    case variantNeedsEquipment(String)
    /// More weight than the runner owns (kilograms, said in the runner's unit): 2 more reps instead.
    case heaviestOwned(LoadTool, kg: Double, LoadUnit)
    /// The harder card (named) is a jump, and the session has no jumps.
    case harderIsAJump(String)
    /// The harder card (named) is not allowed today.
    case harderNotAllowed(String)
    /// Doses are frozen: pain above 5/10, a warning sign or a clinician hold.
    case frozen
    /// The calendar's 2.5–5% more load, earned at the top twice.
    case addLoadThisWeek(done: Performance)
    /// The calendar's next dose, one step on, earned at the top twice.
    case upTo(Dose, done: Performance)
    /// The calendar's rise waits: the dose reached, repeated; `last` is what the log said.
    case consolidate(at: Dose, last: DoseReason)
    /// A light week: part of the dose reached.
    case lightWeek(of: Dose)
    /// Calf work brought up to its floor in a full session, after what the log said (if anything).
    case calfFloor(Dose, withoutAddedLoad: Bool, after: DoseReason?)
    /// Words stored before reasons were values: shown as they are.
    case words(String)

    /// What pain said about the last session.
    public enum PainCause: Hashable, Sendable, Codable {
        /// Pain above 5/10 during it.
        case during(Int)
        /// Worse the next morning, at this pain.
        case nextMorning(Int)
    }

    /// A logged session at a glance: its sets, the fewest reps (or seconds) of any set, the least reserve.
    public struct Performance: Hashable, Sendable, Codable {
        public var sets: Int
        public var amount: Int
        public var seconds: Bool
        public var rir: Int?

        public init(sets: Int, amount: Int, seconds: Bool, rir: Int?) {
            self.sets = sets; self.amount = amount; self.seconds = seconds; self.rir = rir
        }
    }

    /// "harder: bulgarian_split_squat, 3x10 at RIR 2 twice": the plan's exports and the stored block.
    public var shorthand: String { text(plain: false, name: { $0 }) }

    /// The reason as a runner reads it, each card by its name ("Next step: Bulgarian split squat, 3 × 10
    /// with 2 reps to spare, twice").
    public func sentence(naming name: (String) -> String) -> String { text(plain: true, name: name) }

    /// - Parameter nested: inside another reason's words: the heading stays lower case.
    private func text(plain: Bool, name: (String) -> String, nested: Bool = false) -> String {
        var heading = heading
        if plain {
            // Each hold says what stays, beside a dose that may not be last time's: "same dose" only when
            // the dose is held as it was.
            heading = switch self {
            case .harder: "next step"
            case .noHarderVariant, .variantNeedsEquipment: "slower lowering"
            case .heaviestOwned: "same weight"
            case .harderIsAJump, .harderNotAllowed: "same exercise"
            case .nothingLogged, .effortBelowTarget, .notYet, .frozen: "same dose"
            default: heading
            }
            if !nested { heading = heading.prefix(1).uppercased() + heading.dropFirst() }
        }
        return heading.isEmpty ? detail(plain: plain, name: name) : "\(heading): \(detail(plain: plain, name: name))"
    }

    /// The dose stays as the log last had it, whatever the runner's words say stays (the shorthand's "hold").
    private var holds: Bool {
        switch self {
        case .nothingLogged, .effortBelowTarget, .notYet, .noHarderVariant, .variantNeedsEquipment, .heaviestOwned,
             .harderIsAJump, .harderNotAllowed, .frozen: true
        default: false
        }
    }

    /// The first words: what kind of change ("hold", "harder", "up 2.5 kg").
    private var heading: String {
        switch self {
        case _ where holds: "hold"
        case .easier: "easier"
        case .lighter: "lighter or shorter"
        case let .addedLoad(kg, unit, _): "up \(unit.words(kilograms: kg))"
        case .harder: "harder"
        case .addLoadThisWeek: "up 2.5–5% load"
        case let .upTo(dose, _): "up to \(dose.summary)"
        case .consolidate: "repeat week"
        case .lightWeek: "light week"
        case .calfFloor, .words: ""
        default: "hold" // the cases `holds` lists, taken by the first case
        }
    }

    private func detail(plain: Bool, name: (String) -> String) -> String {
        let twice = plain ? ", twice" : " twice"
        func done(_ p: Performance) -> String { p.words(plain: plain) }
        switch self {
        case .nothingLogged: return "nothing logged yet"
        case let .easier(to, cause): return "\(plain ? name(to) : to), \(cause.words)"
        case let .lighter(cause): return cause.words
        case let .effortBelowTarget(rir, target):
            return plain ? "\(Performance.spare(rir)) last time, fewer than the \(target) planned" : "RIR \(rir) is below the target \(target)"
        case let .notYet(last, top):
            // Said beside the dose the plan keeps: the first figure is what was done, not the dose.
            return "\(plain ? "last time " : "")\(done(last)); \(done(top))\(twice) to move up"
        case let .addedLoad(_, _, last), let .addLoadThisWeek(last), let .upTo(_, last): return done(last) + twice
        case let .harder(to, last): return "\(plain ? name(to) : to), \(done(last))\(twice)"
        case let .noHarderVariant(last):
            return plain ? "\(done(last))\(twice), and no harder variant" : "\(done(last))\(twice); no harder variant, slow the lowering instead"
        case let .variantNeedsEquipment(card):
            return "\(card) needs equipment you do not have\(plain ? "" : "; slow the lowering instead")"
        case let .heaviestOwned(tool, kg, unit): return "\(tool.limit(kg, unit: unit)), so 2 more reps instead of more weight"
        case let .harderIsAJump(card): return "the harder step, \(card), is a jump, and this session has no jumps; more reps or a slower lowering instead"
        case let .harderNotAllowed(card): return "\(card) is not allowed today; more reps or a slower lowering instead"
        case .frozen: return "no dose rises until your pain settles or a clinician clears you"
        case let .consolidate(dose, last):
            // What the log said, without its own heading when it held ("last time 3x8 at RIR 2").
            let said = last.holds ? last.detail(plain: plain, name: name) : last.text(plain: plain, name: name, nested: true)
            // A runner's "not yet" says "last time" itself.
            if plain, case .notYet = last { return "consolidate at \(dose.summary); \(said)" }
            return "consolidate at \(dose.summary); last time \(said)"
        case let .lightWeek(dose): return "about half of \(dose.summary), the dose you reached"
        case let .calfFloor(dose, withoutAddedLoad, after):
            let floor = "\(dose.summary)\(withoutAddedLoad ? " with no added load" : ""): the least calf work a full session keeps"
            return after.map { "\($0.text(plain: plain, name: name)); \(floor)" } ?? floor
        case let .words(text): return text
        }
    }
}

extension DoseReason.PainCause {
    var words: String {
        switch self {
        case let .during(pain): "pain \(pain)/10 last time"
        case let .nextMorning(pain): "pain worse the next morning (\(pain)/10)"
        }
    }
}

extension DoseReason.Performance {
    /// `sets` logged of `dose`'s kind of work: the worst set (fewest reps or seconds, least reserve).
    init(_ sets: [SetRecord], dose: Dose) {
        let count = Set(sets.map(\.setNumber)).count
        switch dose.work {
        case .reps: self.init(sets: count, amount: sets.compactMap(\.reps).min() ?? 0, seconds: false, rir: sets.compactMap(\.rir).min())
        case .seconds: self.init(sets: count, amount: sets.compactMap(\.seconds).min() ?? 0, seconds: true, rir: sets.compactMap(\.rir).min())
        }
    }

    /// The top of `dose`'s range at `target` reserve: what twice moves it up.
    init(top dose: Dose, target: RepsInReserve) {
        switch dose.work {
        case let .reps(range): self.init(sets: dose.sets, amount: range.upperBound, seconds: false, rir: target.min)
        case let .seconds(seconds): self.init(sets: dose.sets, amount: seconds, seconds: true, rir: target.min)
        }
    }

    /// "3x10 at RIR 2" (shorthand), "3 × 10 with 2 reps to spare" (plain).
    func words(plain: Bool) -> String {
        let work = "\(sets)\(plain ? " × " : "x")\(amount)\(seconds ? " s" : "")"
        guard let rir else { return work }
        return plain ? "\(work) with \(Self.spare(rir))" : "\(work) at RIR \(rir)"
    }

    /// "2 reps to spare", "1 rep to spare".
    static func spare(_ count: Int) -> String { "\(count) rep\(count == 1 ? "" : "s") to spare" }
}
