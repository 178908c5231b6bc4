/// The session in lines of words: what `--plain` prints and a screen reader reads, from the engine's cues.
/// The one place where a cue becomes a printed line, whichever front-end runs the session.
public enum SessionLines {
    /// The line for a `say` cue spoken while `step` runs: a work step's announcement gains its dose.
    public static func line(say text: String, during step: SessionStep, engine: SessionEngine, unit: LoadUnit = .kg) -> String {
        text.hasPrefix(engine.label(of: step)) ? describe(step, engine: engine, unit: unit) ?? text : text
    }

    /// A work step with its dose: "Glute bridge, set 1 of 2 — 12 reps at 2-1-1, mini-band" (a weight in `unit`).
    public static func describe(_ step: SessionStep, engine: SessionEngine, unit: LoadUnit = .kg) -> String? {
        guard let work = step.work, let index = step.item else { return nil }
        let item = engine.plan.items[index]
        var text = engine.label(of: step) + " — "
        switch work {
        case let .reps(count, _, tempo):
            if case .phases = tempo { text += "\(count) reps at \(tempo)" } else { text += "\(count) reps" }
        case let .timed(seconds):
            text += engine.plan.kind == .stretch ? "hold \(seconds) s" : "\(seconds) s"
        }
        if let load = item.dose.load?.words(in: unit), !load.isEmpty { text += ", \(load)" }
        return text
    }

    /// The prompt when a log entry is due, with the planned values an empty line takes.
    public static func logPrompt(for item: SessionItem) -> String {
        let planned = ExerciseLogEntry.planned(for: item)
        let reps = planned.repsPerSide.isEmpty ? "" : planned.repsPerSide.map(String.init).joined(separator: "/") + " reps, "
        return "Log: type REPS LOAD RIR PAIN [y], or Enter for the plan (\(reps)RIR \(planned.repsInReserve), pain 0)."
    }

    public static let stopped = "Session stopped."
    public static let endOfInput = "End of input: logged as planned."

    public static func notUnderstood(_ error: LogLineError) -> String { "Not understood: \(error). Type the line again." }

    /// Said when a signal ends the program: where the session stays saved.
    public static func interrupted(at step: SessionStep, engine: SessionEngine) -> String {
        "Interrupted: saved at \"\(engine.label(of: step))\"; run the same command again to resume (--fresh discards it)."
    }

    /// The summary as lines: each exercise done vs planned, the time, notes, the running cue.
    public static func summary(_ summary: SessionSummary) -> [String] {
        var lines: [String] = []
        let how: String
        switch summary.outcome {
        case .completed?: how = "Done"
        case .abandoned?: how = "Stopped"
        case .safetyStop?: how = "Stopped for safety"
        case nil: how = "Summary"
        }
        lines.append("\(how): \(summary.title), \(clock(summary.activeTime)) of \(clock(summary.plannedTime)) planned.")
        for item in summary.items {
            let sides = item.unilateral ? " per side" : ""
            let done = item.doneText + sides
            let planned = item.doneText == item.plannedText ? "as planned" : "planned \(item.plannedText)\(sides)"
            lines.append("  \(item.name): \(done), \(planned)")
        }
        lines += summary.notes.map { "  Note: \($0)" }
        if !summary.runningCue.isEmpty { lines.append("On your next run: \(summary.runningCue)") }
        return lines
    }

    /// "4:05" for durations in summaries.
    public static func clock(_ duration: Duration) -> String {
        StretchRoutine.clockText(Int(duration.seconds.rounded()))
    }
}
