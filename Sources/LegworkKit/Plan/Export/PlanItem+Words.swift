/// The few phrases every view of a plan item shares (screen, Markdown, calendar), so they read the same
/// everywhere.
extension PlanItem {
    /// "3 × 10 · tempo 3-1-1 · RIR 2–3 · light dumbbell": the dose in one line.
    public var prescription: String { prescription(in: .kg) }

    /// The dose in one line, a weight in `unit` ("3 × 10 · RIR 2–3 · 25 lb").
    public func prescription(in unit: LoadUnit) -> String {
        var parts = [dose.summary]
        if tempo != .none { parts.append("tempo \(tempo)") }
        if let rir { parts.append(rir.description) }
        if let load = dose.load?.words(in: unit), !load.isEmpty { parts.append(load) }
        return parts.joined(separator: " · ")
    }
}

extension PlanDay.Run {
    /// "easy run", "workout", "long run", "race".
    public var title: String {
        switch self {
        case .easy: "easy run"
        case .workout: "workout"
        case .long: "long run"
        case .race: "race"
        }
    }
}

extension Weekday {
    /// "Mon", "Tue"…: for grids and headings.
    public var shortTitle: String { String(title.prefix(3)) }
}
