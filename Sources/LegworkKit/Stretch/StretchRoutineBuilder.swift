/// Builds a stretch routine of an exact length from the routine file, for a focus, the runner's
/// injuries (current or past) and level. Pure: the same arguments always give the same routine.
///
/// How (DOMAIN.md §4 and `StretchLimits`):
/// 1. Level swaps replace default stretches in place (advanced: couch stretch, supported pigeon),
///    unless an injury rules the harder stretch out.
/// 2. The focus, then each injury (those with `lead` stretches first), leave stretches out (`drop`), move them to the front of the
///    priority list (`lead`, `raise`) and name tight areas. The other stretches follow by priority.
/// 3. The stretches of tight areas go to the very front; a tight area worked by one stretch gets that
///    stretch twice in a row, so it reaches 60 s per side in evidence-sized holds instead of one long
///    one. Longer routines then repeat the others in priority order (a second round).
///    When a warning sign left too few stretches to fill the time so, a stretch may come up to
///    `StretchLimits.mostRounds` times.
/// 4. The routine takes the first blocks of that list whose holds — within 20–60 s (45 s for
///    beginners), at least a tight area's share of 60 s, in steps of 5 s — add up to exactly the
///    length asked for while staying nearest the default holds (least sum of squared changes). When
///    tight areas cannot all get 60 s, the last one named is let go first.
/// 5. Blocks are ordered standing → kneeling → seated → lying so the runner gets down once; within a
///    position `lead` stretches come first (in their earliest possible position), then the default
///    routine's order, a repeat right after its first round.
/// With 15 minutes, no focus, no injury and intermediate level this gives the default routine itself.
public struct StretchRoutineBuilder: Sendable {
    /// Routine lengths offered, in minutes.
    public static var allowedMinutes: [Int] { StretchLimits.allowedMinutes }

    public let library: StretchLibrary

    public init(library: StretchLibrary) { self.library = library }

    /// A builder over the routine file compiled into the program.
    public static func bundled() throws(StretchError) -> StretchRoutineBuilder {
        StretchRoutineBuilder(library: try StretchLibrary.bundled())
    }

    /// Builds from the bundled routine file; see `build(minutes:focus:injuries:level:hurting:leavingOut:)`.
    public static func build(
        minutes: Int, focus: StretchFocus? = nil, injuries: [Injury] = [], level: Level = .intermediate, hurting: [Injury]? = nil,
        leavingOut: Set<String> = []
    ) throws(StretchError) -> StretchRoutine {
        try bundled().build(minutes: minutes, focus: focus, injuries: injuries, level: level, hurting: hurting, leavingOut: leavingOut)
    }

    /// A routine lasting exactly `minutes` × 60 seconds, get-ready and moves included, whose
    /// `adjustments` say how and why it differs from the default routine.
    /// - Throws: `StretchError.invalidMinutes` unless `minutes` is one of `allowedMinutes`;
    ///   `cannotFit` only if the routine file leaves no way to fill the time.
    /// - Parameter hurting: the injuries that hurt now (nil: all of `injuries`). A stretch an injury rules
    ///   out (`drop`, a level swap's `unless`) is left out only while that injury hurts; a healed one
    ///   keeps its emphasis but loses nothing.
    /// - Parameter leavingOut: stretches today's safety rules leave out (see `SafetyDecision.stretchesLeftOut`):
    ///   the others fill the time.
    public func build(
        minutes: Int, focus: StretchFocus? = nil, injuries: [Injury] = [], level: Level = .intermediate, hurting: [Injury]? = nil,
        leavingOut: Set<String> = []
    ) throws(StretchError) -> StretchRoutine {
        guard Self.allowedMinutes.contains(minutes) else { throw StretchError.invalidMinutes(minutes) }
        // Canonical order and no duplicates, so the same set of injuries always gives the same routine.
        let injuries = Injury.allCases.filter(injuries.contains)
        var emphases: [Emphasis] = []
        if let focus, let rules = library.focus[focus] { emphases.append(Emphasis(rules: rules, injury: nil)) }
        // Injuries that put stretches first go first among injuries, so their stretches are kept.
        let injuryRules = injuries.compactMap { injury in library.injuries[injury].map { Emphasis(rules: $0, injury: injury) } }
        emphases += injuryRules.filter { !$0.rules.lead.isEmpty } + injuryRules.filter { $0.rules.lead.isEmpty }

        var adjustments: [StretchAdjustment] = []
        let hurting = Injury.allCases.filter((hurting ?? injuries).contains).filter(injuries.contains)
        var entries = stretches(level: level, injuries: hurting, emphases: emphases, adjustments: &adjustments)
        let heldBack = entries.map(\.block.stretch).filter(leavingOut.contains)
        entries.removeAll { leavingOut.contains($0.block.stretch) }
        if !heldBack.isEmpty { adjustments.append(.leftOutForSafety(stretches: heldBack)) }
        let ranking = rank(entries, emphases: emphases)

        // Tight areas are honoured in the order named (focus first) as far as the time allows. More
        // rounds only when a warning sign left so few stretches that the usual number cannot fill the time.
        var found: (entries: [Entry], repeated: [Entry])?
        let roundLimits = heldBack.isEmpty ? [StretchLimits.maxRounds] : [StretchLimits.maxRounds, StretchLimits.mostRounds]
        for rounds in roundLimits where found == nil {
            for count in stride(from: ranking.tight.count, through: 0, by: -1) where found == nil {
                let tight = Array(ranking.tight.prefix(count))
                let requests = requestList(ranking.order, tight: tight, rounds: rounds)
                if let chosen = choose(from: requests.list, total: minutes * 60, tight: tight, level: level) {
                    found = (chosen, requests.repeated)
                }
            }
        }
        guard let (chosen, repeated) = found else {
            throw StretchError.cannotFit(minutes: minutes, reason: "the stretches left cannot fill the time with holds of "
                + "\(StretchLimits.minHold)–\(StretchLimits.maxHold(level)) s")
        }

        let blocks = chosen
            .sorted { a, b in
                (a.position.flowRank, a.lead ?? Int.max, a.flow, a.block.round)
                    < (b.position.flowRank, b.lead ?? Int.max, b.flow, b.block.round)
            }
            .map { entry -> StretchBlock in
                var block = entry.block
                block.position = entry.position
                return block
            }
        adjustments += explain(blocks, ranking: ranking, repeated: repeated)
        // A focus whose areas the routine already covers changes nothing: say so, rather than pass the
        // default off as focused (or explain it with notes the default has too).
        if let focus {
            let plain = try build(minutes: minutes, focus: nil, injuries: injuries, level: level, hurting: hurting, leavingOut: leavingOut)
            if plain.blocks == blocks {
                let areas = library.focus[focus]?.tight ?? []
                let seconds = blocks.filter { areas.contains($0.area) }.reduce(0) { $0 + $1.hold }
                adjustments = plain.adjustments + [.focusUnchanged(focus: focus, minutes: minutes, seconds: seconds)]
            }
        }
        return StretchRoutine(
            id: "stretch-\(minutes)" + (focus.map { "-\($0.rawValue)" } ?? ""), title: library.routine.title,
            getReady: library.routine.getReady, switchSeconds: library.routine.switchSeconds,
            move: library.routine.move, blocks: blocks, adjustments: adjustments)
    }

    // MARK: - Which stretches, in which order of importance

    /// A candidate block with what ordering needs: its place in the default routine and its lead rank.
    private struct Entry {
        var block: StretchBlock
        /// Index of its slot in the default routine: the order within a position.
        var flow: Int
        /// Rank among the stretches an injury puts first; nil for the others.
        var lead: Int?

        /// Lead stretches move to their earliest possible position; the others keep their own.
        var position: StretchPosition { lead == nil ? block.position : block.possiblePositions[0] }
    }

    /// A focus's or an injury's rules (`injury` nil for the focus).
    private struct Emphasis {
        var rules: StretchEmphasis
        var injury: Injury?
    }

    /// The default routine's stretches after level swaps and injury drops.
    private func stretches(
        level: Level, injuries hurting: [Injury], emphases: [Emphasis], adjustments: inout [StretchAdjustment]
    ) -> [Entry] {
        var entries = library.routine.blocks.enumerated().map { Entry(block: $1, flow: $0) }
        for swap in library.swaps where swap.applies(to: level, injuries: hurting) {
            guard let i = entries.firstIndex(where: { $0.block.stretch == swap.replace }),
                  var replacement = library.poolBlock(swap.with) else { continue }
            // The harder stretch takes the slot as it is, so the routine's length does not change.
            replacement.hold = entries[i].block.hold
            replacement.priority = entries[i].block.priority
            entries[i].block = replacement
            adjustments.append(.swapped(from: swap.replace, to: swap.with, level: level))
        }
        for emphasis in emphases where emphasis.injury.map(hurting.contains) ?? true {
            for id in emphasis.rules.drop {
                guard let i = entries.firstIndex(where: { $0.block.stretch == id }) else { continue }
                entries.remove(at: i)
                if let injury = emphasis.injury { adjustments.append(.dropped(stretch: id, injury: injury)) }
            }
        }
        return entries
    }

    private struct Ranking {
        /// Every stretch, most important first.
        var order: [Entry]
        /// The stretches each injury puts first.
        var leads: [(ids: [String], injury: Injury)]
        /// Areas to give 60 s per side, most important first; only areas some stretch works.
        var tight: [StretchArea]
    }

    /// Orders the stretches: the focus's, then each injury's (`lead` before `raise`), then the rest by
    /// priority. The focus goes first because the runner asked for it today.
    private func rank(_ entries: [Entry], emphases: [Emphasis]) -> Ranking {
        let available = Set(entries.map(\.block.stretch))
        var leads: [(ids: [String], injury: Injury)] = []
        var leadRank: [String: Int] = [:]
        var front: [String] = []
        for emphasis in emphases {
            let ids = emphasis.rules.lead.filter { available.contains($0) && leadRank[$0] == nil }
            for id in ids { leadRank[id] = leadRank.count }
            if let injury = emphasis.injury, !ids.isEmpty { leads.append((ids, injury)) }
            for id in emphasis.rules.lead + emphasis.rules.raise where available.contains(id) && !front.contains(id) {
                front.append(id)
            }
        }
        var byID: [String: Entry] = [:]
        for entry in entries {
            var ranked = entry
            ranked.lead = leadRank[entry.block.stretch]
            byID[entry.block.stretch] = ranked
        }
        let rest = entries.filter { !front.contains($0.block.stretch) }
            .sorted { ($0.block.priority, $0.flow) < ($1.block.priority, $1.flow) }
        var tight: [StretchArea] = []
        for emphasis in emphases {
            for area in emphasis.rules.tight where !tight.contains(area) && entries.contains(where: { $0.block.area == area }) {
                tight.append(area)
            }
        }
        return Ranking(order: front.compactMap { byID[$0] } + rest, leads: leads, tight: tight)
    }

    /// The blocks to take from, most important first: the stretches of the tight areas (a tight area's
    /// only stretch twice in a row), then the rest of `order`, then further rounds of the others, up to
    /// `rounds` times each, for longer routines.
    private func requestList(_ ranked: [Entry], tight: [StretchArea], rounds: Int) -> (list: [Entry], repeated: [Entry]) {
        let order = tight.flatMap { area in ranked.filter { $0.block.area == area } }
            + ranked.filter { !tight.contains($0.block.area) }
        guard rounds > 1 else { return (order, []) }
        var list: [Entry] = []
        var repeated: [Entry] = []
        var times: [String: Int] = [:]
        func add(_ entry: Entry) {
            var copy = entry
            copy.block.round = (times[entry.block.stretch] ?? 0) + 1
            times[entry.block.stretch] = copy.block.round
            list.append(copy)
        }
        for entry in order {
            add(entry)
            let area = entry.block.area
            if tight.contains(area), !order.contains(where: { $0.block.area == area && $0.block.stretch != entry.block.stretch }) {
                add(entry)
                repeated.append(entry)
            }
        }
        for round in 2...rounds {
            for entry in order where (times[entry.block.stretch] ?? 0) < round { add(entry) }
        }
        return (list, repeated)
    }

    // MARK: - How many blocks, and their holds

    /// The prefix of `requests`, with holds, that fills `total` seconds exactly with the least change
    /// to the default holds (ties: more blocks); nil when no prefix can.
    private func choose(from requests: [Entry], total: Int, tight: [StretchArea], level: Level) -> [Entry]? {
        let routine = library.routine
        let cap = StretchLimits.maxHold(level)
        var trials: [(lowerBound: Int, count: Int, bounds: [ClosedRange<Int>], budget: Int)] = []
        var blocks: [StretchBlock] = []
        var budget = total - routine.getReady + routine.move  // the first block has no move before it…
        var shortest = 0
        for request in requests {
            let block = request.block
            blocks.append(block)
            budget -= routine.move + routine.switchSeconds * (block.sides - 1)  // …every further one does
            shortest += StretchLimits.minHold * block.sides
            // Every further block adds a move and at least a shortest hold: no longer prefix can fit.
            if shortest > budget { break }
            guard let bounds = holdBounds(blocks, tight: tight, cap: cap) else { continue }
            // Least possible cost: what clamping into the bounds costs, plus the remaining gap spread
            // perfectly evenly (Cauchy–Schwarz). Lets most prefixes be skipped without fitting them.
            var clampCost = 0, start = 0, weights = 0
            for (block, range) in zip(blocks, bounds) {
                let clamped = min(max(block.hold, range.lowerBound), range.upperBound)
                clampCost += (clamped - block.hold) * (clamped - block.hold)
                start += clamped * block.sides
                weights += block.sides * block.sides
            }
            let gap = budget - start
            trials.append((clampCost + gap * gap / weights, blocks.count, bounds, budget))
        }
        var best: (cost: Int, count: Int, holds: [Int])?
        for trial in trials.sorted(by: { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }) {
            if let best, trial.lowerBound > best.cost { break }
            let blocks = requests.prefix(trial.count).map(\.block)
            guard let holds = HoldFitter.fit(blocks, bounds: trial.bounds, budget: trial.budget) else { continue }
            let cost = zip(blocks, holds).reduce(0) { $0 + ($1.1 - $1.0.hold) * ($1.1 - $1.0.hold) }
            if best.map({ cost < $0.cost || (cost == $0.cost && trial.count > $0.count) }) ?? true {
                best = (cost, trial.count, holds)
            }
        }
        guard let best else { return nil }
        return zip(requests.prefix(best.count), best.holds).map { entry, hold in
            var copy = entry
            copy.block.hold = hold
            return copy
        }
    }

    /// The allowed hold range of each block: shortest hold to the level's longest, raised for a tight
    /// area so its blocks share `secondsPerTightArea` per side. Nil when a tight area cannot get there.
    private func holdBounds(_ blocks: [StretchBlock], tight: [StretchArea], cap: Int) -> [ClosedRange<Int>]? {
        var low = Array(repeating: StretchLimits.minHold, count: blocks.count)
        for area in tight {
            let members = blocks.indices.filter { blocks[$0].area == area }
            guard !members.isEmpty else { continue }
            let step = StretchLimits.holdStep
            let share = (StretchLimits.secondsPerTightArea + members.count - 1) / members.count
            let rounded = (share + step - 1) / step * step
            guard rounded <= cap else { return nil }
            for i in members { low[i] = max(low[i], rounded) }
        }
        return low.map { $0...cap }
    }

    // MARK: - Explaining

    private func explain(_ blocks: [StretchBlock], ranking: Ranking, repeated: [Entry]) -> [StretchAdjustment] {
        var adjustments: [StretchAdjustment] = []
        let selected = Set(blocks.map(\.stretch))
        for (ids, injury) in ranking.leads {
            let placed = ids.filter(selected.contains)
            if !placed.isEmpty { adjustments.append(.placedFirst(stretches: placed, injury: injury)) }
        }
        for entry in repeated where blocks.contains(where: { $0.stretch == entry.block.stretch && $0.isRepeat }) {
            adjustments.append(.repeated(stretch: entry.block.stretch, area: entry.block.area))
        }
        for area in ranking.tight {
            let perSide = blocks.filter { $0.area == area }.reduce(0) { $0 + $1.hold }
            if perSide < StretchLimits.secondsPerTightArea { adjustments.append(.tightAreaShort(area: area, seconds: perSide)) }
        }
        let leftOut = ranking.order.map(\.block.stretch).filter { !selected.contains($0) }
        if !leftOut.isEmpty { adjustments.append(.leftOut(stretches: leftOut)) }
        return adjustments
    }
}
