/// The unit a runner reads and types loads in. The log always keeps kilograms: the unit only changes
/// what is shown and how typed text is read ("25lb" and "11kg" are both accepted wherever a load is typed).
public enum LoadUnit: String, CaseIterable, Codable, Sendable {
    case kg, lb

    /// The international avoirdupois pound, exactly.
    public static let kilogramsPerPound = 0.45359237

    /// `value` in this unit, as kilograms.
    public func kilograms(_ value: Double) -> Double {
        self == .kg ? value : value * Self.kilogramsPerPound
    }

    /// `kilograms` in this unit.
    public func amount(ofKilograms kilograms: Double) -> Double {
        self == .kg ? kilograms : kilograms / Self.kilogramsPerPound
    }

    /// A unit as apps and people write it: "kg", "kgs", "kilograms", "lb", "lbs", "pounds".
    public init?(words: String) {
        switch words.lowercased() {
        case "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms": self = .kg
        case "lb", "lbs", "pound", "pounds": self = .lb
        default: return nil
        }
    }

    /// Reads a typed load: a number with an optional unit ("25lb", "25 lbs", "11kg", "11"); a number
    /// alone is in `defaultUnit`. Returns kilograms, or nil when the text is not a load.
    public static func kilograms(typed text: String, defaultUnit: LoadUnit) -> Double? {
        let trimmed = text.trimmingSpaces
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        let rest = String(trimmed.dropFirst(number.count)).trimmingSpaces
        guard !number.isEmpty, let value = Double(number), value.isFinite else { return nil }
        if rest.isEmpty { return defaultUnit.kilograms(value) }
        guard let unit = LoadUnit(words: rest) else { return nil }
        return unit.kilograms(value)
    }
}
