/// One way a built routine differs from the default routine, and why: the routine's own explanation,
/// for the list shown before it starts.
public enum StretchAdjustment: Codable, Hashable, Sendable, CustomStringConvertible {
    /// A harder stretch replaces one of the default routine for this level.
    case swapped(from: String, to: String, level: Level)
    /// A stretch is left out because it aggravates an injury.
    case dropped(stretch: String, injury: Injury)
    /// These stretches open the routine because of an injury.
    case placedFirst(stretches: [String], injury: Injury)
    /// The stretch comes twice so a tight area gets its 60 s per side (ACSM: 2–4 holds, about 60 s).
    case repeated(stretch: String, area: StretchArea)
    /// A tight area gets less than 60 s per side because the routine is too short for all tight areas.
    case tightAreaShort(area: StretchArea, seconds: Int)
    /// Stretches that do not fit in the time asked for (lowest priority first out).
    case leftOut(stretches: [String])
    /// The focus asked for leaves the routine as it is at this length: its areas already get `seconds` of
    /// holding per side (or in all, for a stretch not done per side).
    case focusUnchanged(focus: StretchFocus, minutes: Int, seconds: Int)
    /// Stretches a warning sign rules out today (with a bone-stress sign: every one not lying down).
    case leftOutForSafety(stretches: [String])

    /// The adjustment in words, naming stretches with `name` (e.g. a card's name for its id).
    public func describe(naming name: (String) -> String) -> String {
        switch self {
        case let .swapped(from, to, level):
            "\(name(to)) instead of \(name(from)) at \(level.rawValue) level"
        case let .dropped(stretch, injury):
            "\(name(stretch)) left out because of \(injury.inSentence)"
        case let .placedFirst(stretches, injury):
            "\(stretches.map(name).joined(separator: ", ")) first because of \(injury.inSentence)"
        case let .repeated(stretch, area):
            "\(name(stretch)) twice for 60 s per side on the \(area.title)"
        case let .tightAreaShort(area, 0):
            "no time for the \(area.title): a longer routine gives them 60 s per side"
        case let .tightAreaShort(area, seconds):
            "only \(seconds) s per side on the \(area.title): a longer routine gives 60 s"
        case let .leftOut(stretches):
            "no time for \(stretches.map(name).joined(separator: ", "))"
        case let .focusUnchanged(focus, minutes, seconds):
            "a \(focus.rawValue) focus leaves the \(minutes)-minute routine as it is: it already gives the \(focus.rawValue) \(seconds) s of holding"
        case let .leftOutForSafety(stretches):
            "\(stretches.map(name).joined(separator: ", ")) left out until a clinician has checked your warning sign"
        }
    }

    /// The adjustment in words, naming stretches by their ids.
    public var description: String { describe(naming: { $0 }) }
}

extension Injury {
    /// The injury's title inside a sentence: "plantar fasciitis", but "IT band syndrome".
    fileprivate var inSentence: String {
        let title = self.title
        guard let first = title.first, title.dropFirst().first?.isLowercase ?? true else { return title }
        return first.lowercased() + title.dropFirst()
    }
}
