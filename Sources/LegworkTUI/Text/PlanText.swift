import LegworkKit

/// `legwork plan --plain`: the plan as sentences, one thought a line, no tables or markup — for pipes,
/// printing and screen readers. The same content and order as the plan screen: what to read first,
/// then each week day by day, every exercise with its dose and why.
public enum PlanText {
    /// - Parameter weeks: the week numbers to include (nil: all).
    public static func plain(_ plan: Plan, weeks: Set<Int>? = nil) -> String {
        var out: [String] = []
        var facts = "Legwork plan, block \(plan.block): starts \(plan.start), \(plan.weeks.count) weeks"
        if let race = plan.raceDate { facts += ", race on \(race)" }
        out += [facts + ".", ""]
        if !plan.notices.isEmpty {
            out.append("Read first:")
            out += plan.notices.map { "- \($0.message)" }
            out.append("")
        }
        if !plan.runningNotes.isEmpty {
            out.append("Your running:")
            out += plan.runningNotes.map { "- \($0.message)" }
            out.append("")
        }
        if !plan.shortfalls.isEmpty {
            out.append("What the plan could not do as asked:")
            out += plan.shortfalls.map { "- \($0.message)" }
            out.append("")
        }
        for week in plan.weeks where weeks?.contains(week.number) ?? true {
            out += weekLines(week, of: plan.weeks.count, unit: plan.units)
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    static func weekLines(_ week: PlanWeek, of count: Int, unit: LoadUnit = .kg) -> [String] {
        var range = ""
        if let first = week.days.first?.date, let last = week.days.last?.date { range = ", \(first) to \(last)" }
        // Week numbers count on across blocks: "of N" only makes sense in the first block.
        let of = week.number <= count ? " of \(count)" : ""
        var out = ["Week \(week.number)\(of): \(week.phase.title)\(range)."]
        for day in week.days {
            let what = [day.run?.title, day.session.map { "\($0.title), \($0.minutes) minutes" }].compactMap { $0 }
            out.append("\(day.weekday.title) \(day.date): " + (what.isEmpty ? "rest." : what.joined(separator: ", then ") + "."))
            guard let session = day.session else { continue }
            for (i, item) in session.items.enumerated() {
                out.append("  \(i + 1). \(item.name): \(PlanItemWords.dose(item, unit: unit)).")
                out.append("     Why: \(item.why)")
                if let note = item.note, !note.isEmpty { out.append("     Note: \(note)") }
                if let change = PlanItemWords.change(item) { out.append("     \(change)") }
            }
            out += session.notes.map { "  \($0)" }
            if !session.runningCue.isEmpty { out.append("  Running cue: \(session.runningCue)") }
        }
        out.append("")
        return out
    }
}
