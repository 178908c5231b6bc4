/// How each key is kept in the stored profile and in `profile show --json`: the words `text(in:)` prints,
/// as the JSON value they naturally are. Reading goes back through `apply`, so a stored profile is
/// checked by the very parser that checks `profile set` (a weekly distance of 900 km is refused alike).
extension ProfileKey {
    public enum Storage: Sendable {
        /// A word, always present (`"new"`).
        case word
        /// A word or null for none (`"2026-05-03"`, `null`).
        case optionalWord
        /// A number, always present (`15`).
        case number
        /// A number or null for none (`22.5`, `null`).
        case optionalNumber
        /// A list of words, empty for none (`["mat", "step"]`).
        case list
        /// true or false (`on`/`off`).
        case flag
        /// Accepted as input only: another key stores the value (`weekly-miles` is kept as `weekly-km`).
        case inputOnly
    }

    public var storage: Storage {
        switch self {
        case .experience, .goal, .units: .word
        case .raceDistance, .raceDate, .longRunDay, .workoutDay, .cleared, .hopTest, .sex: .optionalWord
        case .weeklyKm, .strengthDays, .sessionMinutes: .number
        case .dumbbellMaxKg, .backpackKg, .age: .optionalNumber
        case .runDays, .equipment, .injury, .redFlags: .list
        case .importedCards: .flag
        case .weeklyMiles: .inputOnly
        }
    }

    /// The keys a stored profile is read in: `cleared` before `red-flags`, because applying a clearance
    /// empties the warning signs and a sign stored after the clearance must stay.
    static let readingOrder: [ProfileKey] = [.cleared] + allCases.filter { $0 != .cleared && $0.storage != .inputOnly }

    /// Writes the key's value in `profile` under its name.
    func encode(_ profile: Profile, into c: inout KeyedEncodingContainer<ProfileKey>) throws {
        let text = self.text(in: profile)
        let none = text == "none"
        switch storage {
        case .word: try c.encode(text, forKey: self)
        case .optionalWord: try c.encode(none ? nil : text, forKey: self)
        case .number, .optionalNumber: try c.encode(none ? nil : ProfileKey.decimal(text), forKey: self)
        case .list: try c.encode(none ? [] : text.split(separator: ",").map(String.init), forKey: self)
        case .flag: try c.encode(text == "on", forKey: self)
        case .inputOnly: break
        }
    }

    /// The stored value as the words `apply` reads, or nil when the key is absent (the default stays).
    /// A null clears an optional key; a null where a value must be leaves the default, as a missing key.
    func storedText(in c: KeyedDecodingContainer<ProfileKey>) throws -> String? {
        guard c.contains(self) else { return nil }
        switch storage {
        case .word: return try c.decodeIfPresent(String.self, forKey: self)
        case .optionalWord: return try c.decodeIfPresent(String.self, forKey: self) ?? "none"
        case .number: return try c.decodeIfPresent(Double.self, forKey: self).map(Self.storedNumber)
        case .optionalNumber: return try c.decodeIfPresent(Double.self, forKey: self).map(Self.storedNumber) ?? "none"
        case .list: return try c.decodeIfPresent([String].self, forKey: self).map { $0.isEmpty ? "none" : $0.joined(separator: ",") }
        case .flag: return try c.decodeIfPresent(Bool.self, forKey: self).map { $0 ? "on" : "off" }
        case .inputOnly: return nil
        }
    }

    /// A stored number in the words `apply` reads: "15", "22.5", "11.34"; a value too large for
    /// `kilogramWords` (which goes through Int) is written out as it is, and the parser refuses it for its range.
    private static func storedNumber(_ value: Double) -> String {
        // To a hundredth: the weights are kept so (`kilograms`); every other number is whole or in tenths.
        abs(value) < 1e12 ? Load.kilogramWords(value) : String(value)
    }
}

extension Profile: Codable {
    /// Every key is written (absent values as null, lists in a fixed order), so the output is stable.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: ProfileKey.self)
        for key in ProfileKey.allCases { try key.encode(self, into: &c) }
    }

    /// Keys missing from the JSON take their default, so older files keep loading; a value the parser of
    /// `profile set` refuses is an error naming its key.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: ProfileKey.self)
        var profile = Profile()
        for key in ProfileKey.readingOrder {
            guard let text = try key.storedText(in: c) else { continue }
            do {
                try key.apply(text, to: &profile)
            } catch {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: error.storedReason)
            }
        }
        self = profile
    }
}

extension ProfileError {
    /// Why a stored value is refused, without the key (the error's path names it).
    var storedReason: String {
        guard case let .invalidValue(_, value, hint) = self else { return description }
        return "\"\(value)\" is not valid; \(hint)"
    }
}
