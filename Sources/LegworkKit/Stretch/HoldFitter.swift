/// Sets the holds of chosen blocks so that their hold seconds (per-side blocks count twice) add up to
/// an exact budget. Internal to the routine builder.
enum HoldFitter {
    /// Holds within `bounds`, starting from each block's own hold and moving the least-changed block
    /// first (ties: the earlier, more important block gains first and loses last), in 5 s steps and
    /// then — only if the timings in the file are not multiples of 5 — in 1 s steps. Nil when the
    /// budget cannot be met exactly.
    static func fit(_ blocks: [StretchBlock], bounds: [ClosedRange<Int>], budget: Int) -> [Int]? {
        var holds = zip(blocks, bounds).map { min(max($0.hold, $1.lowerBound), $1.upperBound) }
        var gap = budget - zip(blocks, holds).reduce(0) { $0 + $1.0.sides * $1.1 }
        for step in [StretchLimits.holdStep, 1] {
            while gap != 0, let i = nextToMove(blocks, holds, bounds, gap: gap, step: step) {
                let change = gap > 0 ? step : -step
                holds[i] += change
                gap -= change * blocks[i].sides
            }
            // A per-side block moves the total by twice the step; an odd remainder needs a one-sided
            // block to move the other way first.
            if gap != 0, gap.magnitude == step, fixParity(blocks, &holds, bounds, gap: gap, step: step) { gap = 0 }
            if gap == 0 { return holds }
        }
        return nil
    }

    private static func nextToMove(
        _ blocks: [StretchBlock], _ holds: [Int], _ bounds: [ClosedRange<Int>], gap: Int, step: Int
    ) -> Int? {
        let change = gap > 0 ? step : -step
        var best: Int?
        for i in blocks.indices where blocks[i].sides * step <= gap.magnitude && bounds[i].contains(holds[i] + change) {
            // Raising: the block furthest below its own hold first. Lowering: furthest above first,
            // and among equals the later (less important) one.
            let shift = (holds[i] - blocks[i].hold) * (gap > 0 ? 1 : -1)
            guard let b = best else { best = i; continue }
            let bestShift = (holds[b] - blocks[b].hold) * (gap > 0 ? 1 : -1)
            if shift < bestShift || (shift == bestShift && gap < 0) { best = i }
        }
        return best
    }

    /// Moves a one-sided block against the gap and a per-side block with it: net change `gap`.
    private static func fixParity(
        _ blocks: [StretchBlock], _ holds: inout [Int], _ bounds: [ClosedRange<Int>], gap: Int, step: Int
    ) -> Bool {
        let change = gap > 0 ? step : -step
        guard let single = blocks.indices.first(where: { blocks[$0].sides == 1 && bounds[$0].contains(holds[$0] - change) }),
              let double = blocks.indices.first(where: { blocks[$0].sides == 2 && bounds[$0].contains(holds[$0] + change) })
        else { return false }
        holds[single] -= change
        holds[double] += change
        return true
    }
}
