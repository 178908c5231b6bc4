import LegworkKit

/// A planned exercise's dose in words a runner reads at a glance, built from its parts (sets, reps or
/// seconds, tempo, effort, load) instead of the shorthand of exports ("3 × 15 · tempo 2-1-2 · RIR 2–3"):
/// "3 × 15, each rep 2 s down, 1 s hold, 2 s up, stop with 2–3 reps to spare".
public enum PlanItemWords {
    public static func dose(_ item: PlanItem) -> String {
        var parts = [item.dose.summary]
        if let tempo = tempo(item.tempo) { parts.append(tempo) }
        if let rir = item.rir { parts.append(toSpare(rir)) }
        if let load = item.dose.load, !load.isEmpty { parts.append(load) }
        return parts.joined(separator: ", ")
    }

    /// "each rep 3 s down, 1 s hold, 1 s up", "held still", "quick and light", nil when the runner sets it.
    static func tempo(_ tempo: Tempo) -> String? {
        switch tempo {
        case let .phases(down, pause, up):
            let parts = [(down, "down"), (pause, "hold"), (up, "up")].filter { $0.0 > 0 }.map { "\($0.0) s \($0.1)" }
            return "each rep " + parts.joined(separator: ", ")
        case .isometric: return "held still"
        case .fast: return "quick and springy"
        case .slow: return "slow and controlled"
        case .none: return nil
        }
    }

    /// "stop with 2–3 reps to spare", "stop with 1 rep to spare".
    static func toSpare(_ rir: RepsInReserve) -> String {
        let count = rir.min == rir.max ? "\(rir.min)" : "\(rir.min)–\(rir.max)"
        return "stop with \(count) rep\(rir.max == 1 ? "" : "s") to spare"
    }
}
