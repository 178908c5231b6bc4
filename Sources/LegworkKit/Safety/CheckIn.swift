/// The few questions before a strength session (under ten seconds; Enter keeps the last answers):
/// pain now for each current injury, any new warning sign, and how the morning after the last session felt.
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
    /// Pain now, 0–10, for each current injury.
    public var pain: [Injury: Int]
    /// Warning signs answered yes today.
    public var newSigns: Set<RedFlag>
    /// Nil when there was no earlier session to compare with.
    public var morningAfter: MorningAfter?

    public init(date: CalendarDate, pain: [Injury: Int] = [:], newSigns: Set<RedFlag> = [], morningAfter: MorningAfter? = nil) {
        self.date = date; self.pain = pain; self.newSigns = newSigns; self.morningAfter = morningAfter
    }

    /// The highest pain answered, 0 when nothing hurts.
    public var worstPain: Int { pain.values.max() ?? 0 }

    /// Today's check-in before anything is answered: the last answers kept (pain of the injuries still
    /// current, from the last check-in or else the profile), no new sign, the morning "the same".
    public static func defaults(profile: Profile, last: CheckIn?, today: CalendarDate, hadSessionBefore: Bool) -> CheckIn {
        var pain: [Injury: Int] = [:]
        for status in profile.injuries where status.isCurrent {
            pain[status.injury] = last?.pain[status.injury] ?? status.pain
        }
        return CheckIn(date: today, pain: pain, morningAfter: hadSessionBefore ? (last?.morningAfter ?? .same) : nil)
    }

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
