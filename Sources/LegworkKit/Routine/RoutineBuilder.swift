import Foundation

/// The flow of building or editing a routine on the screens, without any drawing: exercises added from
/// the browser at the card's own dose for the runner's level, a dose changed field by field within the
/// format's limits, reordered, removed, named, and saved. The screen only turns keys into `Input`s and
/// draws `rows`; everything it decides is here, tested headless.
public struct RoutineBuilder: Sendable {
    /// The dose field `increase`/`decrease` change.
    public enum Field: String, Sendable, CaseIterable {
        case sets, work, rest, side
    }

    public enum Input: Sendable, Equatable {
        case add(ExerciseCard)
        case select(Int)
        case up, down
        case moveUp, moveDown
        case remove
        case nextField
        case increase, decrease
        case rename(String)
        case save
    }

    public enum Outcome: Sendable, Equatable {
        /// Store `routine` under its title; `replacing` is the name it was opened under (nil: a new one).
        case save(Routine, replacing: String?)
    }

    /// The routine as edited (its warm-up, cool-down, author and note are kept as they were).
    public private(set) var routine: Routine
    public private(set) var selected = 0
    public private(set) var field: Field = .sets
    /// What stops the last input, in words ("Add an exercise first."); cleared by the next input.
    public private(set) var problem: String?
    /// Changed since it was opened or saved.
    public private(set) var changed = false
    /// The stored name it was opened under; nil for a new routine.
    public let original: String?
    let catalog: Catalog
    let level: Level

    public init(catalog: Catalog, level: Level, editing: Routine? = nil, name: String? = nil) {
        self.catalog = catalog
        self.level = level
        self.routine = editing ?? Routine(title: "", exercises: [])
        self.original = editing == nil ? nil : (name ?? editing?.title)
    }

    public var exercises: [RoutineExercise] { routine.exercises }

    @discardableResult
    public mutating func handle(_ input: Input) -> Outcome? {
        problem = nil
        let count = routine.exercises.count
        switch input {
        case let .add(card):
            guard count + routine.warmUp.count + routine.coolDown.count < RoutineLimits.exercises.upperBound else {
                problem = "A routine holds at most \(RoutineLimits.exercises.upperBound) exercises."
                return nil
            }
            routine.exercises.append(RoutineExercise(card: card, level: level))
            selected = routine.exercises.count - 1
        case let .select(index) where routine.exercises.indices.contains(index):
            selected = index
        case .select: return nil
        case .up: selected = max(0, selected - 1); return nil
        case .down: selected = min(max(0, count - 1), selected + 1); return nil
        case .moveUp, .moveDown:
            let target = input == .moveUp ? selected - 1 : selected + 1
            guard routine.exercises.indices.contains(selected), routine.exercises.indices.contains(target) else { return nil }
            routine.exercises.swapAt(selected, target)
            selected = target
        case .remove:
            guard routine.exercises.indices.contains(selected) else { return nil }
            routine.exercises.remove(at: selected)
            selected = min(selected, max(0, routine.exercises.count - 1))
        case .nextField:
            let all = Field.allCases
            field = all[(all.firstIndex(of: field)! + 1) % all.count]
            return nil
        case .increase, .decrease:
            guard routine.exercises.indices.contains(selected) else { return nil }
            var exercise = routine.exercises[selected]
            guard change(&exercise, by: input == .increase ? 1 : -1) else { return nil }
            routine.exercises[selected] = exercise
        case let .rename(title):
            let title = title.trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty, title.count <= RoutineReader.shortText, !SafeText.hasUnsafe(title) else {
                problem = "A name of 1 to \(RoutineReader.shortText) characters, please."
                return nil
            }
            routine.title = title
        case .save:
            if routine.title.isEmpty { problem = "Give the routine a name first (t)."; return nil }
            if routine.exercises.isEmpty { problem = "Add an exercise first (a)."; return nil }
            changed = false
            return .save(routine, replacing: original)
        }
        changed = true
        return nil
    }

    private func changeApplies(_ value: Int, _ range: ClosedRange<Int>) -> Bool { range.contains(value) }

    /// Steps the selected field; false when it is already at its limit (or the card works both legs together).
    private mutating func change(_ exercise: inout RoutineExercise, by step: Int) -> Bool {
        switch field {
        case .sets:
            guard changeApplies(exercise.sets + step, RoutineLimits.sets) else { return false }
            exercise.sets += step
        case .work:
            if let seconds = exercise.seconds {
                let next = seconds + step * RoutineLimits.secondsStep
                guard changeApplies(next, RoutineLimits.seconds) else { return false }
                exercise.seconds = next
            } else if let reps = exercise.reps {
                guard changeApplies(reps.lowerBound + step, RoutineLimits.reps), changeApplies(reps.upperBound + step, RoutineLimits.reps) else { return false }
                exercise.reps = (reps.lowerBound + step)...(reps.upperBound + step)
            }
        case .rest:
            let rest = exercise.rest ?? catalog.card(id: exercise.card)?.doseForRoutine(at: level)?.rest ?? 60
            let next = rest + step * RoutineLimits.restStep
            guard changeApplies(next, RoutineLimits.rest) else { return false }
            exercise.rest = next
        case .side:
            guard catalog.card(id: exercise.card)?.unilateral == true else {
                problem = "This exercise works both legs together."
                return false
            }
            let all = RoutineExercise.SideChoice.allCases
            let index = (all.firstIndex(of: exercise.side)! + (step > 0 ? 1 : all.count - 1)) % all.count
            exercise.side = all[index]
        }
        return true
    }

    /// Each exercise as a line: "Glute bridge   3 × 12 · rest 45 s · both sides".
    public var rows: [String] {
        routine.exercises.map { exercise in
            let name = catalog.card(id: exercise.card)?.name ?? exercise.card
            return "\(name) — " + Self.doseWords(exercise, catalog: catalog, level: level)
        }
    }

    /// "3 × 8–10 · rest 60 s · left side only" in plain words.
    public static func doseWords(_ exercise: RoutineExercise, catalog: Catalog, level: Level) -> String {
        let card = catalog.card(id: exercise.card)
        let rest = exercise.rest ?? card?.doseForRoutine(at: level)?.rest ?? 60
        let sides = card?.unilateral == true ? (exercise.side == .both ? "each side" : "\(exercise.side.rawValue) side only") : nil
        return [Dose(sets: exercise.sets, work: exercise.work, rest: rest).summary, "rest \(rest) s", sides].compactMap { $0 }.joined(separator: " · ")
    }

    /// How long the routine runs as followed, "about 12 minutes" (warm-up and cool-down included).
    public var totalSeconds: Int {
        routine.allExercises.isEmpty ? 0 : routine.plannedSeconds(catalog: catalog, level: level)
    }
}
