/// Distances and times of runs as a runner reads and types them: "8 km", "21.1 km", "1:58:00".
public enum RunWords {
    public static let metresPerMile = 1609.344

    /// "8 km", "21.1 km", "5 mi" (one decimal, none when whole).
    public static func distance(_ metres: Double, in unit: DistanceUnit = .km) -> String { unit.words(metres: metres) }

    /// "0:45:10" or "1:58:00".
    public static func duration(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        return "\(h):" + pad(m) + ":" + pad(s)
    }

    /// Parses "8km", "8 km", "21.1km", "5mi", "5 miles", "800m" into metres; nil for anything else.
    public static func parseDistance(_ text: String) -> Double? {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        let units: [(String, Double)] = [("miles", metresPerMile), ("mile", metresPerMile), ("mi", metresPerMile),
                                         ("km", 1000), ("k", 1000), ("m", 1)]
        for (suffix, factor) in units where compact.hasSuffix(suffix) {
            let number = compact.dropLast(suffix.count)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let value = Double(number), value.isFinite else { return nil }
            return value * factor
        }
        return nil
    }

    /// Parses "1:58:00", "45:10" (minutes and seconds) or "45" (minutes) into seconds; nil otherwise.
    public static func parseDuration(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 1: return numbers[0] * 60
        case 2: return numbers[1] < 60 ? numbers[0] * 60 + numbers[1] : nil
        default: return numbers[1] < 60 && numbers[2] < 60 ? numbers[0] * 3600 + numbers[1] * 60 + numbers[2] : nil
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
