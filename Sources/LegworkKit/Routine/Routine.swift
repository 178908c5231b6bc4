/// A routine a person wrote: the programme a physical therapist gave, or a runner's own "hotel-room 12
/// minutes". Read from a small JSON file (`RoutineReader`, docs/routine-format.md), kept in the store by
/// name, run through the same door, gate and runner as the plan's sessions (`sessionPlan`).
public struct Routine: Codable, Hashable, Sendable {
    public var title: String
    /// Who wrote it ("Dr. Ana Ruiz, physiotherapist"); nil: the runner.
    public var author: String?
    /// When it was written.
    public var written: CalendarDate?
    /// A line for the whole routine ("Pain up to 3/10 is fine if it settles by the next morning").
    public var note: String?
    public var warmUp: [RoutineExercise]
    public var exercises: [RoutineExercise]
    public var coolDown: [RoutineExercise]

    public init(title: String, author: String? = nil, written: CalendarDate? = nil, note: String? = nil,
                warmUp: [RoutineExercise] = [], exercises: [RoutineExercise], coolDown: [RoutineExercise] = []) {
        self.title = title; self.author = author; self.written = written; self.note = note
        self.warmUp = warmUp; self.exercises = exercises; self.coolDown = coolDown
    }

    /// Every exercise in the order it is done.
    public var allExercises: [RoutineExercise] { warmUp + exercises + coolDown }

    /// "from Dr. Ana Ruiz, physiotherapist, written 2026-11-30", or nil when nobody is named.
    public var byline: String? {
        guard let author else { return nil }
        return "from \(author)" + (written.map { ", written \($0)" } ?? "")
    }
}

/// One exercise of a routine with its dose, as written: the card is a catalog id.
public struct RoutineExercise: Codable, Hashable, Sendable {
    /// Which side is worked: each in turn (the card's own way), or one only (a therapist's sore side).
    public enum SideChoice: String, Codable, CaseIterable, Sendable {
        case both, left, right
    }

    public var card: String
    public var sets: Int
    /// Repetitions per set (per side), or `seconds` for a hold or a carry: exactly one of them.
    public var reps: ClosedRange<Int>?
    public var seconds: Int?
    /// Nil: the card's tempo.
    public var tempo: Tempo?
    /// Seconds of rest after each set; nil: the card's rest at the runner's level.
    public var rest: Int?
    public var side: SideChoice
    public var load: String?
    public var note: String?

    public init(card: String, sets: Int, reps: ClosedRange<Int>? = nil, seconds: Int? = nil, tempo: Tempo? = nil, rest: Int? = nil,
                side: SideChoice = .both, load: String? = nil, note: String? = nil) {
        self.card = card; self.sets = sets; self.reps = reps; self.seconds = seconds; self.tempo = tempo; self.rest = rest
        self.side = side; self.load = load; self.note = note
    }

    /// The exercise at `card`'s own dose for `level` (the builder's default): the first level with a dose
    /// when the card has none at `level`.
    public init(card: ExerciseCard, level: Level) {
        let dose = card.doseForRoutine(at: level) ?? .reps(2, 10, rest: 60)
        self.init(card: card.id, sets: dose.sets, rest: dose.rest, load: dose.load?.words)
        switch dose.work {
        case let .reps(range): reps = range
        case let .seconds(s): seconds = s
        }
    }

    /// The work of each set as the session engine counts it.
    public var work: Dose.Work { seconds.map { .seconds($0) } ?? .reps(reps ?? 10...10) }
}

/// The limits of what a routine file may ask, checked by the reader and kept by the builder.
public enum RoutineLimits {
    public static let sets = 1...10
    public static let reps = 1...100
    public static let seconds = 5...600
    public static let rest = 0...600
    /// A routine longer than this is not one session.
    public static let exercises = 1...30
    /// What the builder steps a dose by.
    public static let secondsStep = 5
    public static let restStep = 15
}

extension ExerciseCard {
    /// The card's dose at `level`, else at the first level that has one: a routine may hold a card that
    /// has no dose at the runner's level (a therapist chose it), and still needs its rest and ranges.
    func doseForRoutine(at level: Level) -> Dose? {
        dose[level] ?? Level.allCases.lazy.compactMap { self.dose[$0] }.first
    }
}
