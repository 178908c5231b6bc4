/// A follow-along stretch routine: a get-ready, then blocks one after another.
///
/// Timing (what the session engine compiles, and what every number here is derived from):
///
///     get-ready                                        getReady s (once, at the start)
///     for each block:  hold [switch hold]              the bracket only when perSide
///                      move                            except after the last block
///
/// so `totalSeconds = getReady + Σ (hold × sides + switch × (sides − 1)) + move × (blocks − 1)`.
/// The default routine is `Assets/routines/stretch-15.json`; its format is described in
/// `StretchLibrary` and docs/routines.md. In JSON a routine is
/// `{"id", "title", "getReady", "switch", "move", "blocks": [StretchBlock…]}`, and built routines
/// add `"adjustments"` (why they differ from the default).
public struct StretchRoutine: Hashable, Sendable {
    public var id: String
    public var title: String
    /// Seconds to get into the first position before the first hold.
    public var getReady: Int
    /// Seconds to change sides between the two holds of a per-side block.
    public var switchSeconds: Int
    /// Seconds to get into the next block's position (none after the last block).
    public var move: Int
    public var blocks: [StretchBlock]
    /// How and why a built routine differs from the default one, in the order the rules applied.
    public var adjustments: [StretchAdjustment]

    public init(
        id: String, title: String, getReady: Int, switchSeconds: Int, move: Int,
        blocks: [StretchBlock], adjustments: [StretchAdjustment] = []
    ) {
        self.id = id; self.title = title; self.getReady = getReady; self.switchSeconds = switchSeconds
        self.move = move; self.blocks = blocks; self.adjustments = adjustments
    }

    /// Seconds from the first hold of a block to the end of its last hold (the switch included).
    public func workSeconds(of block: StretchBlock) -> Int {
        block.hold * block.sides + switchSeconds * (block.sides - 1)
    }

    /// Seconds each block takes, its move to the next block included (the last block has none).
    public var blockSeconds: [Int] {
        blocks.indices.map { i in workSeconds(of: blocks[i]) + (i == blocks.count - 1 ? 0 : move) }
    }

    /// The whole routine in seconds, get-ready included. The default routine lasts exactly 900.
    public var totalSeconds: Int { getReady + blockSeconds.reduce(0, +) }

    /// Second of the routine at which each block's first hold begins (the first one at `getReady`).
    public var startOffsets: [Int] {
        var offsets: [Int] = []
        var t = getReady
        for seconds in blockSeconds {
            offsets.append(t)
            t += seconds
        }
        return offsets
    }

    /// Second of the routine at which each block is over, its move included: the "ends at" column
    /// of the routine table (1:20, 2:35, … 15:00).
    public var endOffsets: [Int] { zip(startOffsets, blockSeconds).map { $0 + $1 } }

    /// The block running at `elapsed` seconds into the routine (its move counts as part of it), or nil
    /// during the get-ready and once the routine is over.
    public func blockIndex(at elapsed: Int) -> Int? {
        guard elapsed >= getReady, elapsed < totalSeconds else { return nil }
        return endOffsets.firstIndex { elapsed < $0 }
    }

    /// The blocks that work one area, in routine order.
    public func blocks(in area: StretchArea) -> [StretchBlock] { blocks.filter { $0.area == area } }

    /// The blocks done in one position, in routine order.
    public func blocks(at position: StretchPosition) -> [StretchBlock] { blocks.filter { $0.position == position } }

    /// Seconds of holding one side of an area gets over the whole routine (repeats included).
    public func holdSecondsPerSide(in area: StretchArea) -> Int { blocks(in: area).reduce(0) { $0 + $1.hold } }

    /// Every prop the routine needs, each once, in the order they first come up.
    public var props: [Equipment] {
        var seen: [Equipment] = []
        for prop in blocks.flatMap(\.props) where !seen.contains(prop) { seen.append(prop) }
        return seen
    }

    /// The overall clock shown during the routine: "6:40 / 15:00".
    public func clock(at elapsed: Int) -> String {
        "\(Self.clockText(elapsed)) / \(Self.clockText(totalSeconds))"
    }

    /// Seconds as minutes and seconds: 400 → "6:40", 5 → "0:05". Negative values count as 0.
    public static func clockText(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let rest = s % 60
        return "\(s / 60):\(rest < 10 ? "0" : "")\(rest)"
    }
}

extension StretchRoutine: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, title, getReady, switchSeconds = "switch", move, blocks, adjustments
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        getReady = try c.decode(Int.self, forKey: .getReady)
        switchSeconds = try c.decode(Int.self, forKey: .switchSeconds)
        move = try c.decode(Int.self, forKey: .move)
        blocks = try c.decode([StretchBlock].self, forKey: .blocks)
        adjustments = try c.decodeIfPresent([StretchAdjustment].self, forKey: .adjustments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(getReady, forKey: .getReady)
        try c.encode(switchSeconds, forKey: .switchSeconds)
        try c.encode(move, forKey: .move)
        try c.encode(blocks, forKey: .blocks)
        if !adjustments.isEmpty { try c.encode(adjustments, forKey: .adjustments) }
    }
}
