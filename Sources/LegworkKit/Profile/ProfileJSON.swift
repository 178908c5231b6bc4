import Foundation

/// The `legwork profile show --json` form of a profile: DESIGN.md's keys in kebab-case, sorted, every key
/// present (null when unset), kilometres for distance, injuries as `NAME:past` / `NAME:current:PAIN`.
///
/// ```json
/// { "dumbbell-max-kg" : null, "equipment" : ["mat"], "experience" : "new", "goal" : "stamina",
///   "injury" : ["knee:current:4"], "long-run-day" : "sat", "race-date" : null, "race-distance" : null,
///   "red-flags" : [], "run-days" : ["tue", "thu", "sat"], "session-minutes" : 30,
///   "strength-days" : 2, "weekly-km" : 15, "workout-day" : "tue" }
/// ```
public enum ProfileJSON {
    public static let format = "legwork-profile"
    /// Grows when the shape changes in a way a reader must know.
    public static let version = 1

    /// Pretty-printed JSON with sorted keys (`format` and `version` among them), ending without a newline.
    public static func encode(_ profile: Profile) -> String {
        // Encoding a Profile cannot fail: every field is a string, number, list or null.
        (try? JSONText.encode(FormatMarked(format: format, version: version, value: profile), pretty: true)) ?? "{}"
    }

    /// Reads what `encode` wrote (missing keys take their defaults).
    /// - Throws: `ProfileJSONError` naming the field that could not be read.
    public static func decode(_ text: String) throws(ProfileJSONError) -> Profile {
        do {
            return try JSONDecoder().decode(Profile.self, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) {
            throw ProfileJSONError(path: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch let DecodingError.typeMismatch(_, context) {
            throw ProfileJSONError(path: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch let DecodingError.valueNotFound(_, context) {
            throw ProfileJSONError(path: context.codingPath.map(\.stringValue).joined(separator: "."), reason: context.debugDescription)
        } catch {
            throw ProfileJSONError(path: "", reason: "\(error)")
        }
    }
}

/// A stored profile that cannot be read: which field and why.
public struct ProfileJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String {
        path.isEmpty ? "the profile is not valid JSON (\(reason)); fix or remove it and run `legwork intake`"
            : "profile field \(path): \(reason); fix it or run `legwork intake`"
    }
}
