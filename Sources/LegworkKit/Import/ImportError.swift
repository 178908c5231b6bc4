/// Why an import file could not be read at all (as opposed to single records being rejected).
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not JSON; the position says where it breaks.
    case invalidJSON(JSONSyntaxError)
    /// Valid JSON, but the top level is not an array of exercise records.
    case notAnArray(found: String)

    public var description: String {
        switch self {
        case let .invalidJSON(error):
            "not valid JSON at \(error); fix the file or export it again"
        case let .notAnArray(found):
            "expected a JSON array of exercises (the free-exercise-db format, e.g. dist/exercises.json), found \(found)"
        }
    }
}
