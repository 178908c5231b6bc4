/// A day of the week, Monday first (the training week starts on Monday).
/// Raw values are the profile's words: `mon`, `tue`, … `sun`.
public enum Weekday: String, CaseHashable, Codable, CaseIterable, Comparable, Sendable {
    case mon, tue, wed, thu, fri, sat, sun

    /// 0 for Monday … 6 for Sunday.
    public var index: Int { Weekday.allCases.firstIndex(of: self)! }

    public var title: String {
        switch self {
        case .mon: "Monday"
        case .tue: "Tuesday"
        case .wed: "Wednesday"
        case .thu: "Thursday"
        case .fri: "Friday"
        case .sat: "Saturday"
        case .sun: "Sunday"
        }
    }

    /// The day `offset` days later, wrapping around the week.
    public func advanced(by offset: Int) -> Weekday {
        Weekday.allCases[((index + offset) % 7 + 7) % 7]
    }

    /// Accepts `mon`, `monday` and any prefix of at least three letters, in any case.
    public init?(word: String) {
        let w = word.lowercased()
        guard w.count >= 3,
              let day = Weekday.allCases.first(where: { $0.title.lowercased().hasPrefix(w) }) else { return nil }
        self = day
    }

    public static func < (a: Weekday, b: Weekday) -> Bool { a.index < b.index }
}
