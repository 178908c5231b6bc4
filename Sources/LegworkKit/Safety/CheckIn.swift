/// The answers to the few questions before a strength session (under ten seconds): pain now for each
/// current injury, any new warning sign, and how the morning after the last session felt. Every answer
/// is one the runner gave that day: a question left unanswered stays empty (see `CheckInQuestions`).
public struct CheckIn: Codable, Hashable, Sendable {
    /// How the body felt the morning after the last session, compared with before it.
    public enum MorningAfter: String, Codable, CaseIterable, Sendable {
        case better, same, worse

        public var phrase: String {
            switch self {
            case .better: "better"
            case .same: "the same"
            case .worse: "worse"
            }
        }
    }

    public var date: CalendarDate
    /// Pain now, 0–10, for each current injury the runner answered; an injury left out was not answered.
    /// A pain the runner gave for an area the profile does not hold is kept under `other`.
    public var pain: [Injury: Int]
    /// Warning signs answered yes today.
    public var newSigns: Set<RedFlag>
    /// Nil when it was not answered, or there was no earlier session to compare with.
    public var morningAfter: MorningAfter?

    public init(date: CalendarDate, pain: [Injury: Int] = [:], newSigns: Set<RedFlag> = [], morningAfter: MorningAfter? = nil) {
        self.date = date; self.pain = pain; self.newSigns = newSigns; self.morningAfter = morningAfter
    }

    /// The highest pain answered, 0 when nothing hurts or no pain was answered.
    public var worstPain: Int { pain.values.max() ?? 0 }

    /// `profile` with the answered pains as the injuries' current pain and the new signs added.
    public func applied(to profile: Profile) -> Profile {
        var profile = profile
        profile.injuries = profile.injuries.map { status in
            guard status.isCurrent, let now = pain[status.injury] else { return status }
            return InjuryStatus(status.injury, .current(pain: now))
        }
        profile.redFlags.formUnion(newSigns)
        return profile
    }

    enum CodingKeys: String, CodingKey { case date, pain, newSigns = "new-signs", morningAfter = "morning-after" }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.decode(CalendarDate.self, forKey: .date)
        let raw = try c.decodeIfPresent([String: Int].self, forKey: .pain) ?? [:]
        var pain: [Injury: Int] = [:]
        for (key, value) in raw {
            guard let injury = Injury(rawValue: key), Profile.painRange.contains(value) else {
                throw DecodingError.dataCorruptedError(forKey: .pain, in: c, debugDescription: "pain \(key)=\(value) is not an injury with pain 0–10")
            }
            pain[injury] = value
        }
        self.pain = pain
        newSigns = try c.decodeIfPresent(Set<RedFlag>.self, forKey: .newSigns) ?? []
        morningAfter = try c.decodeIfPresent(MorningAfter.self, forKey: .morningAfter)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(Dictionary(uniqueKeysWithValues: pain.map { ($0.key.rawValue, $0.value) }), forKey: .pain)
        try c.encode(RedFlag.allCases.filter(newSigns.contains), forKey: .newSigns)
        try c.encodeIfPresent(morningAfter, forKey: .morningAfter)
    }
}
