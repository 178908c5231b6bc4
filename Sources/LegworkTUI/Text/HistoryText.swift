import LegworkKit

/// `legwork history --plain`: the training log as sentences, newest session first — for pipes and
/// screen readers (CSV and JSON are for other programs).
public enum HistoryText {
    /// `names` gives exercise names by card id; an id missing there is shown as it is; loads in `unit`.
    public static func plain(_ sessions: [LoggedSession], names: [String: String], unit: LoadUnit = .kg) -> String {
        guard !sessions.isEmpty else { return "The log is empty: sessions and stretches you do are kept here." }
        var out: [String] = []
        for logged in sessions.sorted(by: { $0.session.startedAt > $1.session.startedAt }) {
            let session = logged.session
            let start = session.startedAt.local
            // A session finished with every exercise skipped logged nothing: it never reads "completed".
            let said = session.status == .completed && logged.sets.isEmpty ? ItemSummary.skippedWord : status(session.status)
            var line = "\(date(start)) at \(time(start)): \(session.title), \(said)"
            if let seconds = session.elapsedSeconds { line += ", \(minutes(Int(seconds)))" }
            out.append(line + ".")
            var order: [String] = []
            for set in logged.sets where !order.contains(set.exerciseID) { order.append(set.exerciseID) }
            for id in order {
                let sets = logged.sets.filter { $0.exerciseID == id }.sorted { ($0.setNumber, $0.side.rawValue) < ($1.setNumber, $1.side.rawValue) }
                out.append("  \(names[id] ?? id): " + setsText(sets, unit: unit) + ".")
            }
            if let notes = session.notes, !notes.isEmpty { out.append("  Notes: \(notes)") }
        }
        return out.joined(separator: "\n")
    }

    /// Weeks the plain summary lists, newest first [conv]: a quarter, what a runner looks back over.
    public static let plainWeeks = 12

    /// What `--plain` says before the log: the month's highlights and the last weeks, as sentences.
    /// `names` gives exercise names by card id; a highlight of an exercise without a name is left out.
    public static func progress(highlights: [ProgressHighlight], weeks: [WeekLine], names: [String: String], unit: LoadUnit = .kg) -> String {
        var out = ["Progress this month:"]
        let named = highlights.compactMap { h in names[h.exerciseID].map { "  " + h.words(name: $0, unit: unit) + "." } }
        out += named.isEmpty ? ["  No change in the last \(ProgressHighlights.days) days."] : named
        if !weeks.isEmpty {
            out.append("Weeks, newest first:")
            out += weeks.prefix(plainWeeks).map { "  " + $0.sentence(distance: unit.distance) }
        }
        return out.joined(separator: "\n")
    }

    /// "3 sets: 12, 12 and 10 reps, 10 kg; 2 reps to spare; pain 1 of 10".
    static func setsText(_ sets: [SetRecord], unit: LoadUnit = .kg) -> String {
        let done = sets.map { set -> String in
            let side = set.side == .both ? "" : " (\(set.side.rawValue))"
            if let reps = set.reps { return "\(reps)\(side)" }
            if let seconds = set.seconds { return "\(seconds) s\(side)" }
            return "done\(side)"
        }
        let what = sets.contains { $0.reps != nil } ? " reps" : ""
        var parts = ["\(sets.count) set\(sets.count == 1 ? "" : "s"): \(list(done))\(what)"]
        let loads = Set(sets.compactMap(\.loadKg)).sorted().map { unit.words(kilograms: $0) }
        // Two loads that read the same in the runner's unit are one.
        var shown: [String] = []
        for load in loads where shown.last != load { shown.append(load) }
        parts[0] += shown.isEmpty ? ", body weight" : ", " + shown.joined(separator: " to ")
        if let rir = sets.compactMap(\.rir).last { parts.append("\(rir) rep\(rir == 1 ? "" : "s") to spare") }
        if let pain = sets.compactMap(\.pain).max() { parts.append("pain \(pain) of 10") }
        return parts.joined(separator: "; ")
    }

    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    static func status(_ status: SessionRecord.Status) -> String {
        switch status {
        case .inProgress: "not finished"
        case .completed: "completed"
        case .abandoned: "stopped early"
        case .stopped: "stopped for safety"
        }
    }

    static func minutes(_ seconds: Int) -> String {
        let m = max(1, (seconds + 30) / 60)
        return "\(m) minute\(m == 1 ? "" : "s")"
    }

    static func date(_ f: WallTime.LocalFields) -> String {
        "\(f.year)-\(f.month < 10 ? "0" : "")\(f.month)-\(f.day < 10 ? "0" : "")\(f.day)"
    }

    static func time(_ f: WallTime.LocalFields) -> String {
        "\(f.hour < 10 ? "0" : "")\(f.hour):\(f.minute < 10 ? "0" : "")\(f.minute)"
    }
}
