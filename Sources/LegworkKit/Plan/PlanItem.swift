/// One exercise of a session, dosed for this runner this week, with the reason it is there.
public struct PlanItem: Codable, Hashable, Sendable {
    /// The job the exercise does in the session (DOMAIN.md §2, Templates and Injury modules).
    public enum Role: String, Codable, Sendable, CaseIterable {
        /// The timed warm-up that opens a strength session (easy movement, leg swings, one light set).
        case warmUp = "warm-up"
        case gluteMed = "glute-med"
        case plyometric
        case heavyLift = "heavy-lift"
        case singleLeg = "single-leg"
        case calf
        case carry
        case core
        /// A tendon or injury protocol (Achilles HSR, plantar Rathleff, extra glute-med for ITBS).
        case injuryModule = "injury-module"
        /// Isometric hold for knee pain relief.
        case painRelief = "pain-relief"
        case stretch
        /// The skippable cool-down that closes a strength session (an easy walk and two stretches).
        case coolDown = "cool-down"
        /// An exercise of a programme someone wrote (a physical therapist's, the runner's own routine),
        /// scheduled into the plan: its dose is theirs, kept well short of failure, and it is not one of
        /// the plan's places nor a staged tendon protocol.
        case programme
    }

    public var cardID: String
    public var name: String
    public var role: Role
    public var dose: Dose
    public var tempo: Tempo
    /// How many reps to keep in reserve at the end of each set; nil for jumps, holds to time and stretches.
    public var rir: RepsInReserve?
    /// Why this exercise, for this runner: the quality or injury it serves.
    public var why: String
    /// What replaced what for lack of equipment ("Glute bridge instead of Trap-bar deadlift: no trap bar."), a
    /// household stand-in for a missing item ("No mat: a carpet or a folded blanket."), or protocol details.
    /// Set directly, it is words only: the superset sentence it held is no longer known apart (`writeNote`).
    public var note: String? {
        didSet { written.superset = nil }
    }
    /// What auto-regulation changed from the log, and why, in the words of the plan's exports ("up 2.5 kg:
    /// 3x10 at RIR 2 twice"): written from `reason` when it is set; a plan read back from its JSON has the
    /// words only. Nil when nothing of this exercise is logged yet (see `AutoRegulation.adjust`).
    public var change: String?
    /// Why the log changed what it did, as a value; its words are `change` (exports) and
    /// `DoseReason.sentence` (a runner's screen).
    public var reason: DoseReason? {
        didSet { change = reason?.shorthand }
    }
    /// What the log did, as a value; nil when it did nothing.
    public var step: LogStep?
    /// A one-leg protocol done on the sore leg only (both legs in turn when both hurt): the session
    /// times and counts one side. Nil for everything else.
    public var soreSideOnly: Bool?
    /// The side the strength check found more than its limit behind: one more set on it alone.
    public var extraSetSide: Side?
    /// Done as a superset with the next item (accessories paired to fit the minutes). Nil: on its own.
    public var supersetWithNext: Bool?
    /// The superset sentence at the end of `note`, as written from the pairing and the exercise after it
    /// (`SupersetWords`): kept apart so the note can be written again when that exercise changes, and the
    /// item's own words (`ownNote`) never have to be found in a sentence. Not stored: a plan read back from
    /// its JSON has the words only, and two items that read the same are equal whatever it holds.
    public var supersetNote: String? { written.superset }
    private var written = WrittenParts()
    /// The place this exercise fills in the week's sessions ("A.single-leg"): the training block keeps what
    /// each place reached (`TrainingBlock.slots`). Nil for the warm-up, protocols and stretches.
    public var slot: String?
    /// Where each repetition starts, copied from the card (nil: a lowering first): the words of the
    /// tempo follow it ("each rep 1 s up, 1 s hold, 2 s down" for a bridge).
    public var repStart: RepStart?
    /// The calendar proposes 2.5–5% more load this week. A proposal only: the plan says "add load" when the
    /// log earned it (`AutoRegulation`), and the flag is cleared where it did not. Nil: no load step.
    public var loadStep: Bool?
    /// Light on purpose and kept so: the calf work between heavy heel-raise days (DOMAIN §6, A reactive
    /// tendon), which neither the log nor the training block may progress into a second heavy day. Nil: no.
    public var staysLight: Bool?
    /// The dose is eased for pain or a worse morning (one set fewer): for that session only, so the
    /// training block does not keep it as the working dose (`TrainingBlock.recording`). Nil: not eased.
    public var eased: Bool?
    /// The easy sets before the work sets of a heavy lift (`RampUp`), timed by the session; nil for
    /// everything else and for plans stored before they existed.
    public var rampUp: [RampUpSet]?

    /// The stored and exported keys: `reason` is written as its words (`change`).
    private enum CodingKeys: String, CodingKey {
        case cardID, name, role, dose, tempo, rir, why, note, change, step, soreSideOnly, extraSetSide, supersetWithNext, slot,
             repStart, loadStep, staysLight, eased, rampUp
    }

    public init(cardID: String, name: String, role: Role, dose: Dose, tempo: Tempo, rir: RepsInReserve?, why: String,
                note: String? = nil, change: String? = nil) {
        self.cardID = cardID; self.name = name; self.role = role; self.dose = dose; self.tempo = tempo
        self.rir = rir; self.why = why; self.note = note; self.change = change
    }

    /// `note` without the superset sentence: what this exercise itself needs said.
    public var ownNote: String? {
        guard let pairing = supersetNote, let note else { return note }
        // The sentence was appended last (`writeNote`), after a space when there was an own note.
        let own = String(note.dropLast(pairing.count)).trimmingCharacters(in: .whitespaces)
        return own.isEmpty ? nil : own
    }

    /// The note written from its parts: the item's own words, then the superset sentence.
    public mutating func writeNote(own: String?, superset: String?) {
        let parts = [own, superset].compactMap { $0 }.filter { !$0.isEmpty }
        note = parts.isEmpty ? nil : parts.joined(separator: " ")
        written.superset = superset
    }

    /// The item as `card` (a harder or easier variant put in its place): its id, name, tempo and how its
    /// repetitions start; the dose is the caller's to set.
    public mutating func become(_ card: ExerciseCard, tempo: Tempo? = nil) {
        cardID = card.id
        name = card.name
        self.tempo = tempo ?? card.tempo
        repStart = card.repStart.stored
    }
}

/// The parts an item's `note` was written from, kept beside the words so they can be written again; not part
/// of what the item is (its words are), so any two compare equal.
private struct WrittenParts: Hashable, Sendable {
    var superset: String?
    static func == (_: Self, _: Self) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

/// Reps in reserve: how many more reps could still be done at the end of a set (effort, not soreness).
public struct RepsInReserve: Codable, Hashable, Sendable, CustomStringConvertible {
    public var min: Int
    public var max: Int

    public init(_ min: Int, _ max: Int) { self.min = min; self.max = max }

    /// The same range with `extra` more reps in reserve (deload, taper).
    public func easier(by extra: Int) -> RepsInReserve { RepsInReserve(min + extra, max + extra) }

    /// "RIR 2–3".
    public var description: String { min == max ? "RIR \(min)" : "RIR \(min)–\(max)" }
}
