/// What the Strong and Hevy writers share: which sessions go out, each set's exercise name and order,
/// the weight in the runner's unit, and the notes that carry side and pain.
struct LiftingLogWriter {
    let names: [String: String]
    let unit: LoadUnit

    /// Sessions worth another app's log: training with sets (a `--speed` preview is not training).
    static func exported(_ sessions: [LoggedSession]) -> [LoggedSession] {
        sessions.filter { !$0.session.preview && !$0.sets.isEmpty }
    }

    /// The sets of a session grouped by exercise (first done first), each with its 1-based order in
    /// that exercise: the apps number the sets of one exercise 1, 2, 3, each side a set of its own.
    static func ordered(_ sets: [SetRecord]) -> [(set: SetRecord, order: Int)] {
        var exercises: [String] = []
        var byExercise: [String: [SetRecord]] = [:]
        for set in sets {
            if byExercise[set.exerciseID] == nil { exercises.append(set.exerciseID) }
            byExercise[set.exerciseID, default: []].append(set)
        }
        return exercises.flatMap { id in
            byExercise[id, default: []].sorted { ($0.setNumber, $0.side.order) < ($1.setNumber, $1.side.order) }
                .enumerated().map { ($0.element, $0.offset + 1) }
        }
    }

    /// The card's name as a runner reads it; an id no card has (a name another app gave) as it is.
    func name(_ id: String) -> String { LogCSV.textCell(names[id] ?? id) }

    /// The weight in `unit` without a trailing ".0"; empty for body weight.
    func weight(_ set: SetRecord) -> String {
        set.loadKg.map { AutoRegulation.kilograms(unit.amount(ofKilograms: $0)) } ?? ""
    }

    /// Side, pain and the set's own notes.
    static func notes(_ set: SetRecord) -> String {
        LogCSV.textCell(SetNotes(side: set.side, pain: set.pain, text: set.notes).written)
    }

    /// RPE = 10 − RIR; empty when no RIR was asked.
    static func rpe(_ set: SetRecord) -> String { set.rir.map { String(10 - $0) } ?? "" }

    /// When the session ended: its end, else its last set's, else its planned length after the start.
    static func end(_ logged: LoggedSession) -> WallTime {
        logged.session.endedAt ?? logged.sets.map(\.endedAt).max() ?? logged.session.startedAt.adding(seconds: Int64(logged.session.plannedSeconds))
    }
}

extension SetRecord.Side {
    /// Left before right within a set number, as a session does them.
    var order: Int { self == .both ? 0 : self == .left ? 1 : 2 }
}
