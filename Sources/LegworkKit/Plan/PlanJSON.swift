import Foundation

/// The `legwork plan --json` form of a plan: the `Plan` value's own keys, pretty-printed and sorted so the
/// output is stable.
///
/// Shape: `{ "format": "legwork-plan", "version": 1, "start": "YYYY-MM-DD", "block": N, "raceDate": "YYYY-MM-DD"?, "warnings": [Notice], "notices": [Notice],
/// "weeks": [{ "number", "phase", "days": [{ "weekday", "date", "run"?, "session"?: { "title", "kind",
/// "minutes", "runningCue", "notes": [String], "items": [{ "cardID", "name", "role", "dose": { "sets",
/// "reps" | "seconds", "rest", "load"? }, "tempo", "rir"?: { "min", "max" }, "why", "note"?, "change"? }] } }] }] }`,
/// where a Notice is `{ "kind", "message" }`. Absent optional values are left out.
public enum PlanJSON {
    public static let format = "legwork-plan"
    /// Grows when the shape changes in a way a reader must know.
    public static let version = 1

    public static func encode(_ plan: Plan) -> String { String(decoding: utf8(plan), as: UTF8.self) }

    /// `encode` as UTF-8 bytes, as `legwork plan --json` prints them.
    public static func utf8(_ plan: Plan) -> [UInt8] {
        // Every field is a string, a whole number, a list or an object: encoding a Plan cannot fail.
        // The weeks, most of the document, are written on two cores: each is an item of the top object's list.
        (try? JSONText.utf8(FormatMarked(format: format, version: version, value: plan), pretty: true, writingFirst: plan.weeks, atDepth: 2))
            ?? Array("{}".utf8)
    }

    public static func decode(_ text: String) throws -> Plan {
        try JSONDecoder().decode(Plan.self, from: Data(text.utf8))
    }
}
