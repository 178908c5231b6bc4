/// A planned exercise's dose in words a runner reads at a glance, built from its parts (sets, reps or
/// seconds, tempo, effort, load) instead of the shorthand of exports ("3 × 15 · tempo 2-1-2 · RIR 2–3"):
/// "3 × 15, each rep 2 s down, 1 s hold, 2 s up, stop with 2–3 reps to spare".
public enum PlanItemWords {
    /// A weight is written in `unit`, the runner's.
    public static func dose(_ item: PlanItem, unit: LoadUnit = .kg) -> String {
        var parts = [item.dose.summary]
        if let tempo = tempo(item.tempo, start: item.repStart ?? .lowering) { parts.append(tempo) }
        if let rir = item.rir { parts.append(toSpare(rir)) }
        if let load = item.dose.load?.words(in: unit), !load.isEmpty { parts.append(load) }
        return parts.joined(separator: ", ")
    }

    /// "each rep 3 s down, 1 s hold, 1 s up" (a bridge: "1 s up, 1 s hold, 2 s down"), "held still",
    /// "quick and light", nil when the runner sets it.
    public static func tempo(_ tempo: Tempo, start: RepStart = .lowering) -> String? {
        switch tempo {
        case .phases:
            let parts = phaseSeconds(tempo, start: start).map { "\($0.seconds) s \(word($0.phase))" }
            return "each rep " + parts.joined(separator: ", ")
        case .isometric: return "held still"
        case .fast: return "quick and springy"
        case .slow: return "slow and controlled"
        case .none: return nil
        }
    }

    /// A counted tempo's phases in the order a repetition does them, with their seconds (phases of no
    /// seconds left out).
    public static func phaseSeconds(_ tempo: Tempo, start: RepStart) -> [(phase: TempoPhase, seconds: Int)] {
        guard case .phases = tempo else { return [] }
        return start.phases.map { phase in (phase, tempo.seconds(of: phase)) }.filter { $0.seconds > 0 }
    }

    /// "down", "hold", "up".
    public static func word(_ phase: TempoPhase) -> String {
        switch phase {
        case .down: "down"
        case .pause: "hold"
        case .up: "up"
        }
    }

    /// What the log changed, in words a runner reads, written from its value (`DoseReason.sentence`): the
    /// card now in the place by its name ("Next step: Bulgarian split squat, 3 × 10 with 2 reps to spare,
    /// twice"; after a move to another card the item is that card). A plan read back from its JSON keeps
    /// its words as they are.
    public static func change(_ item: PlanItem) -> String? {
        if let reason = item.reason { return reason.sentence(naming: { $0 == item.cardID ? item.name : $0 }) }
        guard let text = item.change, !text.isEmpty else { return nil }
        return text
    }

    /// "stop with 2–3 reps to spare", "stop with 1 rep to spare".
    public static func toSpare(_ rir: RepsInReserve) -> String {
        let count = rir.min == rir.max ? "\(rir.min)" : "\(rir.min)–\(rir.max)"
        return "stop with \(count) rep\(rir.max == 1 ? "" : "s") to spare"
    }
}
