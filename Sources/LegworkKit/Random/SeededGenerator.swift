/// SplitMix64: a tiny, fast generator whose whole state is one number, so anything drawn from a seed —
/// a simulated runner, a test's generated file — replays exactly on any machine (the standard library's
/// generator cannot be seeded). Written here because it is eight lines and no package in reach offers it.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
