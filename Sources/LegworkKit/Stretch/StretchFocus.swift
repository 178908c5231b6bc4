import Foundation

/// The area a runner asks a routine to favour (`legwork stretch --focus hips`).
public enum StretchFocus: String, Codable, CaseIterable, Sendable, CustomStringConvertible {
    case calves, hips, hamstrings, back

    /// Reads a focus from what a person types: case and surrounding spaces do not matter, and the
    /// singular ("calf", "hip", "hamstring") or "low-back"/"lower-back" are understood too.
    public init(parsing text: String) throws(StretchError) {
        let word = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch word {
        case "calves", "calf": self = .calves
        case "hips", "hip", "hip-flexors", "hip flexors": self = .hips
        case "hamstrings", "hamstring", "hams": self = .hamstrings
        case "back", "low-back", "lower-back", "low back", "lower back": self = .back
        default: throw StretchError.unknownFocus(text)
        }
    }

    public var description: String { rawValue }
}
