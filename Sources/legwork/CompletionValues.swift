import ArgumentParser
import LegworkKit

/// The values shell completion offers (`legwork --generate-completion-script bash|zsh|fish`), from the
/// same vocabularies the parsers check, so a completion never suggests a word Legwork refuses.
enum CompletionValues {
    static func words<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }

    static let kinds = CompletionKind.list(words(ExerciseKind.self))
    static let qualities = CompletionKind.list(words(Quality.self))
    static let muscles = CompletionKind.list(words(Muscle.self))
    static let equipment = CompletionKind.list(words(Equipment.self) + ["none"])
    static let injuries = CompletionKind.list(words(Injury.self))
    static let levels = CompletionKind.list(words(Level.self))

    /// Every card of Legwork's own catalog by id (imported cards live in the runner's store, which a
    /// completion script does not read).
    static let cardIDs = CompletionKind.list((try? Catalog.bundled().cards.map(\.id)) ?? [])

    /// `KEY=` for every profile key, and `KEY=VALUE` for the keys with a fixed list of values.
    static let profileAssignments: CompletionKind = {
        func each(_ key: ProfileKey, _ values: [String]) -> [String] { values.map { "\(key.rawValue)=\($0)" } }
        let injuries = words(Injury.self).flatMap { ["\($0):past", "\($0):current:"] }
        return .list(ProfileKey.allCases.map { "\($0.rawValue)=" }
            + each(.experience, words(Experience.self)) + each(.goal, words(Goal.self))
            + each(.raceDistance, words(RaceDistance.self)) + each(.sessionMinutes, ["15", "30", "45"])
            + each(.equipment, words(Equipment.self)) + each(.injury, injuries + ["none"])
            + each(.redFlags, words(RedFlag.self) + ["none"]) + each(.importedCards, ["on", "off"])
            + each(.units, words(LoadUnit.self)) + each(.sex, ["female", "male", "none"]))
    }()
}
