/// What can go wrong when reading the stretch routine file or building a routine. Every message says
/// what is wrong and what to do about it.
public enum StretchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A routine length other than the ones offered.
    case invalidMinutes(Int)
    /// A focus word that names no `StretchFocus`.
    case unknownFocus(String)
    /// The routine file is missing or is not valid JSON of the documented shape.
    case unreadableFile(path: String, reason: String)
    /// The routine file parses but breaks a rule (holds out of range, unknown stretch, bad order…).
    case invalidFile(path: String, reason: String)
    /// No routine of that length fits the rules for this combination. The builder is tested against
    /// every combination, so this means the routine file was changed into something that cannot fit.
    case cannotFit(minutes: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidMinutes(minutes):
            let valid = StretchRoutineBuilder.allowedMinutes.map(String.init).joined(separator: ", ")
            return "A stretch routine cannot last \(minutes) minutes: choose one of \(valid)."
        case let .unknownFocus(text):
            let valid = StretchFocus.allCases.map(\.rawValue).joined(separator: ", ")
            return "\"\(text)\" is not a stretch focus: choose one of \(valid), or leave the focus out."
        case let .unreadableFile(path, reason):
            return "The stretch routine \(path) cannot be read (\(reason)). Fix the file or reinstall legwork."
        case let .invalidFile(path, reason):
            return "The stretch routine \(path) is invalid: \(reason). Fix the file or reinstall legwork."
        case let .cannotFit(minutes, reason):
            return "No \(minutes)-minute stretch routine fits: \(reason). Choose another length or check the routine file."
        }
    }
}
