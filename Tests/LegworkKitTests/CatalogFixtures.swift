import LegworkAssets
@testable import LegworkKit

/// Inline catalog files for the catalog tests: one valid card whose fields a test can replace.
enum CatalogFixtures {
    /// The raw JSON of each field of a valid card, in file order.
    static let baseFields: [(key: String, json: String)] = [
        ("id", #""step_up""#),
        ("name", #""Controlled step-up""#),
        ("aliases", #"["step up", "box step-up"]"#),
        ("kind", #""strength""#),
        ("muscles", #"{"primary": ["glute-max", "quads"], "secondary": ["glute-med"]}"#),
        ("equipment", #"{"required": ["step"], "optional": ["dumbbells"], "substitutes": {"step": "a sturdy stair"}}"#),
        ("unilateral", "true"),
        ("qualities", #"{"single-leg": 3, "joint-control": 2, "load-tolerance": 2, "carryover": 3}"#),
        ("injuries", #"["knee", "itbs"]"#),
        ("tempo", #""3-0-1""#),
        ("dose", #"{"beginner": {"sets": 2, "reps": 8, "rest": 60}, "advanced": {"sets": 4, "reps": "3-5", "rest": 90, "load": "heavy dumbbells"}}"#),
        ("regression", "null"),
        ("progression", "null"),
        ("steps", #"["Face the step.", "Drive through the top foot.", "Lower slowly."]"#),
        ("cues", #"["Drive through the top foot"]"#),
        ("mistakes", #"["Pushing off the bottom leg"]"#),
        ("runningCue", #""Stay tall as you push off.""#),
        ("safety", #"["Use a lower step if the knee hurts."]"#),
        ("figure", #"[["  o  ", " /|\\ ", " / \\ "], ["  o  ", " /|\\ ", " | \\ "]]"#),
    ]

    /// A card object: the base card with `changes` applied (a nil value removes the field; unknown
    /// keys are appended, so a test can add a misspelled field).
    static func card(_ changes: [String: String?] = [:]) -> String {
        var fields = baseFields.map { (key: $0.key, json: Optional($0.json)) }
        for (key, value) in changes {
            if let index = fields.firstIndex(where: { $0.key == key }) { fields[index].json = value } else { fields.append((key, value)) }
        }
        let members = fields.compactMap { field in field.json.map { "    \"\(field.key)\": \($0)" } }
        return "  {\n" + members.joined(separator: ",\n") + "\n  }"
    }

    /// A catalog file holding `cards`.
    static func file(_ cards: [String]) -> String {
        "{\"format\": 1, \"cards\": [\n" + cards.joined(separator: ",\n") + "\n]}"
    }

    /// The messages that loading `files` reports, one per problem; empty when the catalog is valid.
    static func problems(_ files: [(path: String, text: String)]) -> [String] {
        do {
            _ = try Catalog.load(files: files)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The problems of one file "catalog/test.json" holding `cards`.
    static func problems(cards: [String]) -> [String] {
        problems([(path: "catalog/test.json", text: file(cards))])
    }

    /// The bundled catalog files. Until the calves/core/power/stretches files are in the repository,
    /// a stand-in for `lateral_bound` (the power card that `lateral_lunge` progresses to) is added, so
    /// that the strength cards' cross-file reference resolves; with all five files bundled it is unused.
    static func bundledFiles() -> [(path: String, text: String)] {
        var files = BundledAssets.paths(under: "catalog/").filter { $0.hasSuffix(".json") }
            .map { (path: $0, text: BundledAssets.text($0) ?? "") }
        if !files.contains(where: { $0.path == "catalog/power.json" }) {
            files.append((path: "catalog/power-standin.json", text: file([card([
                "id": #""lateral_bound""#, "name": #""Skater bound""#, "kind": #""power""#,
                "aliases": "[]", "regression": #""lateral_lunge""#,
            ])])))
        }
        return files
    }
}
