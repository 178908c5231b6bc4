/// One stretch in a routine: held `hold` seconds (on each side when `perSide`), then the runner moves on.
///
/// In the routine file:
/// `{"stretch": "calf_wall_stretch", "hold": 30, "perSide": true, "area": "calves",
///   "position": "standing", "priority": 1, "props": ["wall"]}`,
/// optionally with `"otherPositions": ["standing"]` (positions the stretch can also be done in) and,
/// in built routines, `"round": 2` for the second time a stretch comes up.
public struct StretchBlock: Hashable, Sendable {
    /// The id of the stretch's exercise card (`kind: stretch` in the catalog).
    public var stretch: String
    /// Seconds of one hold, on one side.
    public var hold: Int
    /// Held on the left, then (after the switch) on the right.
    public var perSide: Bool
    public var area: StretchArea
    /// The position this block is done in (a builder may pick one of `otherPositions` instead).
    public var position: StretchPosition
    /// Other positions the stretch works in, used when it is moved to the front of a routine.
    public var otherPositions: [StretchPosition]
    /// 1 is kept first when a shorter routine must leave stretches out; larger numbers go first.
    public var priority: Int
    /// What to have at hand: wall, mat, towel, pillow or yoga block (`Equipment.block`).
    public var props: [Equipment]
    /// 1 the first time the stretch comes up in a routine, 2 when it is repeated.
    public var round: Int

    public init(
        stretch: String, hold: Int, perSide: Bool, area: StretchArea, position: StretchPosition,
        otherPositions: [StretchPosition] = [], priority: Int, props: [Equipment] = [], round: Int = 1
    ) {
        self.stretch = stretch; self.hold = hold; self.perSide = perSide; self.area = area
        self.position = position; self.otherPositions = otherPositions; self.priority = priority
        self.props = props; self.round = round
    }

    /// 2 for a per-side stretch, else 1.
    public var sides: Int { perSide ? 2 : 1 }

    /// Seconds of holding summed over the sides (what counts towards an area's 60 s).
    public var holdSeconds: Int { hold * sides }

    /// The second (or later) time this stretch comes up in the routine.
    public var isRepeat: Bool { round > 1 }

    /// Every position the stretch can be done in, earliest in the flow first.
    public var possiblePositions: [StretchPosition] { ([position] + otherPositions).sorted() }
}

extension StretchBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case stretch, hold, perSide, area, position, otherPositions, priority, props, round
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stretch = try c.decode(String.self, forKey: .stretch)
        hold = try c.decode(Int.self, forKey: .hold)
        perSide = try c.decode(Bool.self, forKey: .perSide)
        area = try c.decode(StretchArea.self, forKey: .area)
        position = try c.decode(StretchPosition.self, forKey: .position)
        otherPositions = try c.decodeIfPresent([StretchPosition].self, forKey: .otherPositions) ?? []
        priority = try c.decode(Int.self, forKey: .priority)
        props = try c.decodeIfPresent([Equipment].self, forKey: .props) ?? []
        round = try c.decodeIfPresent(Int.self, forKey: .round) ?? 1
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(stretch, forKey: .stretch)
        try c.encode(hold, forKey: .hold)
        try c.encode(perSide, forKey: .perSide)
        try c.encode(area, forKey: .area)
        try c.encode(position, forKey: .position)
        if !otherPositions.isEmpty { try c.encode(otherPositions, forKey: .otherPositions) }
        try c.encode(priority, forKey: .priority)
        try c.encode(props, forKey: .props)
        if round != 1 { try c.encode(round, forKey: .round) }
    }
}
