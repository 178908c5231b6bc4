import Foundation

/// A routine as the file a person reads and edits (docs/routine-format.md): the fields in the order the
/// format lists them, one exercise per line, so an exported programme reads top to bottom and `diff`s
/// line by line. Written by hand rather than by `JSONEncoder`, whose key order is either sorted
/// (title last) or unspecified; each text goes through the encoder, so escaping is JSONEncoder's own.
public enum RoutineWriter {
    public static func text(_ routine: Routine) -> String {
        var lines = ["{", "  \"format\": \(RoutineReader.formatVersion),", "  \"title\": \(quoted(routine.title)),"]
        if let author = routine.author { lines.append("  \"author\": \(quoted(author)),") }
        if let written = routine.written { lines.append("  \"written\": \"\(written)\",") }
        if let note = routine.note { lines.append("  \"note\": \(quoted(note)),") }
        let lists = [("warmUp", routine.warmUp), ("exercises", routine.exercises), ("coolDown", routine.coolDown)]
            .filter { !$0.1.isEmpty || $0.0 == "exercises" }
        for (index, (key, exercises)) in lists.enumerated() {
            lines.append("  \"\(key)\": [")
            for (i, exercise) in exercises.enumerated() {
                lines.append("    " + object(exercise) + (i + 1 < exercises.count ? "," : ""))
            }
            lines.append("  ]" + (index + 1 < lists.count ? "," : ""))
        }
        lines.append("}")
        return SafeText.json(lines.joined(separator: "\n")) + "\n"
    }

    static func object(_ exercise: RoutineExercise) -> String {
        var members = ["\"card\": \(quoted(exercise.card))", "\"sets\": \(exercise.sets)"]
        if let seconds = exercise.seconds {
            members.append("\"seconds\": \(seconds)")
        } else if let reps = exercise.reps {
            members.append(reps.lowerBound == reps.upperBound ? "\"reps\": \(reps.upperBound)" : "\"reps\": \"\(reps.lowerBound)-\(reps.upperBound)\"")
        }
        if let tempo = exercise.tempo { members.append("\"tempo\": \"\(tempo)\"") }
        if let rest = exercise.rest { members.append("\"rest\": \(rest)") }
        if exercise.side != .both { members.append("\"side\": \"\(exercise.side.rawValue)\"") }
        if let load = exercise.load { members.append("\"load\": \(quoted(load))") }
        if let note = exercise.note { members.append("\"note\": \(quoted(note))") }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func quoted(_ text: String) -> String {
        (try? JSONText.encode(text, pretty: false)) ?? "\"\""
    }
}
