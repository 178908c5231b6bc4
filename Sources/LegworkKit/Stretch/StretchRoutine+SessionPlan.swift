/// A stretch routine as a session the engine runs: one item per block (one set, held per side),
/// with the routine's own get-ready, switch and move lengths as the settings, so an engine run lasts
/// exactly `totalSeconds`.
extension StretchRoutine {
    /// The settings that compile this routine to its exact length: get-ready, switch and move from the
    /// routine, no log step after each stretch.
    public var sessionSettings: SessionSettings {
        SessionSettings(getReadySeconds: getReady, switchSidesSeconds: switchSeconds, transitionSeconds: move,
                        logAfterEachItem: false)
    }

    /// The routine as a `.stretch` session. Names, the first cue and figures come from the stretch cards in
    /// `catalog`; a stretch without a card keeps its id as its name. The props to have at hand go in
    /// each item's `why` ("Have at hand: wall, block").
    public func sessionPlan(catalog: Catalog) -> SessionPlan {
        let items = blocks.map { block -> SessionItem in
            let card = catalog.card(id: block.stretch)
            let props = block.props.map(\.title).joined(separator: ", ")
            return SessionItem(
                cardID: block.stretch, name: card?.name ?? block.stretch, unilateral: block.perSide,
                tempo: .isometric, dose: .hold(1, seconds: block.hold, rest: 0), cue: card?.cues.first ?? "",
                why: props.isEmpty ? nil : "Have at hand: \(props)",
                figure: (card?.figure.isEmpty ?? true) ? nil : card?.figure)
        }
        return SessionPlan(id: id, title: title, kind: .stretch, items: items, runningCue: "")
    }

    /// An engine ready to start this routine.
    public func sessionEngine(catalog: Catalog) -> SessionEngine {
        SessionEngine(plan: sessionPlan(catalog: catalog), settings: sessionSettings)
    }

    /// The list shown before the routine starts: one line per stretch with its hold ("Calf stretch at
    /// the wall — 30 s per side"), then the adjustments' sentences.
    public func overview(catalog: Catalog) -> [String] {
        let name = { (id: String) in catalog.card(id: id)?.name ?? id }
        var lines = ["\(title), \(Self.clockText(totalSeconds)) min:"]
        // A stretch held again right after itself (a second round) is one line: "30 s per side × 2".
        var groups: [[StretchBlock]] = []
        for block in blocks {
            if let last = groups.last?.last, last.stretch == block.stretch { groups[groups.count - 1].append(block) } else { groups.append([block]) }
        }
        for (index, group) in groups.enumerated() {
            let block = group[0]
            let holds = group.map(\.hold)
            var hold = Set(holds).count == 1 ? "\(block.hold) s" : holds.map { "\($0) s" }.joined(separator: " + ")
            if block.perSide { hold += " per side" }
            if group.count > 1, Set(holds).count == 1 { hold += " × \(group.count)" }
            let props = block.props.isEmpty ? "" : " (\(block.props.map(\.title).joined(separator: ", ")))"
            lines.append("\(index + 1). \(name(block.stretch)) — \(hold)\(props)")
        }
        for adjustment in adjustments {
            let sentence = adjustment.describe(naming: name)
            lines.append("Note: " + sentence.prefix(1).uppercased() + sentence.dropFirst() + ".")
        }
        if let short = keyAreasShortNote { lines.append(short) }
        return lines
    }

    /// Seconds of holding per side each area gets in this routine.
    public func secondsPerSide(_ area: StretchArea) -> Int {
        blocks.filter { $0.area == area }.reduce(0) { $0 + $1.hold }
    }

    /// Why the legs' key areas that get less than about 60 s per side do (ACSM: about 60 s per stretch),
    /// and how to get there; nil when every key area the routine works gets it.
    public var keyAreasShortNote: String? {
        let short = StretchLimits.keyAreas.filter {
            let seconds = secondsPerSide($0)
            return seconds > 0 && seconds < StretchLimits.secondsPerTightArea - StretchLimits.keyAreaSlack
        }
        guard !short.isEmpty else { return nil }
        let names = short.map(\.title)
        let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names.last!
        return "Note: \(list.prefix(1).uppercased() + list.dropFirst()) get one hold of under 60 s per side here, so that "
            + "every area has its turn in \(Self.clockText(totalSeconds)) min; for about 60 s on one, choose it as the focus "
            + "or a longer routine."
    }
}
