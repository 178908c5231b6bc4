/// How a focus or an injury shifts a routine. Every list holds stretch ids, most important first;
/// ids of stretches not in the routine at the runner's level are ignored.
///
/// In the routine file: `{"lead": [...], "raise": [...], "drop": [...], "tight": ["calves"]}`, every
/// key optional.
public struct StretchEmphasis: Codable, Hashable, Sendable {
    /// Stretches that open the routine (done in their earliest possible position). They are raised too.
    public var lead: [String]
    /// Stretches kept before all others when time is short.
    public var raise: [String]
    /// Stretches left out altogether.
    public var drop: [String]
    /// Areas that must get at least `StretchLimits.secondsPerTightArea` of holding per side; an area
    /// worked by a single stretch gets that stretch twice.
    public var tight: [StretchArea]

    public init(lead: [String] = [], raise: [String] = [], drop: [String] = [], tight: [StretchArea] = []) {
        self.lead = lead; self.raise = raise; self.drop = drop; self.tight = tight
    }

    private enum CodingKeys: String, CodingKey { case lead, raise, drop, tight }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        lead = try c.decodeIfPresent([String].self, forKey: .lead) ?? []
        raise = try c.decodeIfPresent([String].self, forKey: .raise) ?? []
        drop = try c.decodeIfPresent([String].self, forKey: .drop) ?? []
        tight = try c.decodeIfPresent([StretchArea].self, forKey: .tight) ?? []
    }

    /// Every stretch id the emphasis names.
    public var stretchIDs: [String] { lead + raise + drop }
}
