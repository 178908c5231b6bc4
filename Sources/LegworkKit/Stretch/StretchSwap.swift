/// A stretch of the pool that replaces one of the default routine at one level.
///
/// In the routine file: `{"level": "advanced", "replace": "figure_four_stretch", "with": "pigeon_pose",
/// "unless": ["knee"]}`. The replacement takes the replaced block's place, hold and priority.
public struct StretchSwap: Codable, Hashable, Sendable {
    public var level: Level
    /// The id of the default routine's stretch that is replaced.
    public var replace: String
    /// The id of the pool stretch that takes its place.
    public var with: String
    /// Injuries (current or past) for which the swap is not made, because the harder stretch loads them.
    public var unless: [Injury]

    public init(level: Level, replace: String, with: String, unless: [Injury] = []) {
        self.level = level; self.replace = replace; self.with = with; self.unless = unless
    }

    private enum CodingKeys: String, CodingKey { case level, replace, with, unless }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(Level.self, forKey: .level)
        replace = try c.decode(String.self, forKey: .replace)
        with = try c.decode(String.self, forKey: .with)
        unless = try c.decodeIfPresent([Injury].self, forKey: .unless) ?? []
    }

    /// Whether the swap applies to a runner of `level` with these injuries.
    public func applies(to level: Level, injuries: [Injury]) -> Bool {
        level == self.level && !unless.contains(where: injuries.contains)
    }
}
