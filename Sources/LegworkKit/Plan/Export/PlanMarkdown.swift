/// `legwork plan --markdown`: the plan as a printable Markdown document — safety notices first, then each
/// week with its sessions, every exercise with its dose and the reason it is there.
public enum PlanMarkdown {
    /// - Parameter weeks: the week numbers to include (nil: all).
    public static func encode(_ plan: Plan, weeks: Set<Int>? = nil) -> String {
        var out: [String] = ["# Legwork strength plan", ""]
        let numbers = plan.weeks.map(\.number)
        var facts = ["Block \(plan.block)", "starts \(plan.start)", "\(plan.weeks.count) weeks"
            + (numbers.first.map { first in " (\(first)–\(numbers.last ?? first))" } ?? "")]
        if let race = plan.raceDate { facts.append("race on \(race)") }
        out += [facts.joined(separator: " · "), ""]
        if !plan.notices.isEmpty {
            out += ["## Read first", ""]
            out += plan.notices.map { "- **\($0.kind.rawValue)**: \(escape($0.message))" }
            out.append("")
        }
        if !plan.runningNotes.isEmpty {
            out += ["## Your running", ""]
            out += plan.runningNotes.map { "- \(escape($0.message))" }
            out.append("")
        }
        if !plan.shortfalls.isEmpty {
            out += ["## What the plan could not do as asked", ""]
            out += plan.shortfalls.map { "- \(escape($0.message))" }
            out.append("")
        }
        for week in plan.weeks where weeks?.contains(week.number) ?? true {
            out += weekSection(week, unit: plan.units)
        }
        return out.joined(separator: "\n")
    }

    static func weekSection(_ week: PlanWeek, unit: LoadUnit = .kg) -> [String] {
        let first = week.days.first?.date, last = week.days.last?.date
        var out = ["## Week \(week.number) · \(week.phase.title)" + (first.map { " · \($0) to \(last ?? $0)" } ?? ""), ""]
        out.append("| Day | Run | Session |")
        out.append("|---|---|---|")
        for day in week.days {
            let session = day.session.map { "\($0.title) (\($0.minutes) min)" } ?? "—"
            out.append("| \(day.weekday.shortTitle) \(day.date) | \(day.run?.title ?? "—") | \(escape(session)) |")
        }
        out.append("")
        for day in week.days {
            guard let session = day.session else { continue }
            out += ["### \(day.weekday.title) \(day.date): \(escape(session.title)) · \(session.minutes) min", ""]
            for (i, item) in session.items.enumerated() {
                out.append("\(i + 1). **\(escape(item.name))** — \(item.prescription(in: unit))  ")
                out.append("   *Why:* \(escape(item.why))" + (item.note.map { "  \n   *Note:* \(escape($0))" } ?? ""))
            }
            out.append("")
            for note in session.notes { out.append("> \(escape(note))") }
            if !session.notes.isEmpty { out.append("") }
            if !session.runningCue.isEmpty { out += ["**Running cue:** \(escape(session.runningCue))", ""] }
        }
        return out
    }

    /// Characters that would turn plain words into Markdown markup or break a table row.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\*_|`[]<>".contains(character) { out.append("\\") }
            out.append(character == "\n" ? " " : character)
        }
        return out
    }
}
