#if canImport(Glibc)
import Glibc
#endif
import Foundation
import LegworkKit
import LegworkTUI

/// Runs a session with `--plain`: one timestamped line per event instead of screens, for pipes, logs
/// and screen readers. Log entries are read as lines from standard input (`PlainLogLine`); at the end
/// of input every later entry is the planned one, so `</dev/null` runs a whole session unattended.
///
/// The loop sleeps until the current step's end (on the `--speed` clock) or a line or a signal; it
/// never wakes on a timer. After every completed step the session is saved; SIGINT/SIGTERM/SIGHUP
/// leave it saved for resuming and exit 128 + the signal number.
struct PlainRunner {
    let clock: any MonotonicClock
    let persistence: SessionPersistence
    let speech: Speech?
    /// Where the lines go (standard output in the program, a buffer in tests).
    let emit: (String) -> Void
    /// Stop at the first rest step, as the benchmark needs (`--start-at rest`).
    var startAtRest = false

    /// Runs `engine` (fresh, or resumed from a snapshot when `resumed`) to its end. Returns the exit status.
    /// Lines are stamped from `origin` (default: now).
    /// - Parameter input: standard input and signals, when the caller already reads them (the check-in).
    func run(_ engine: inout SessionEngine, resumed: Bool, origin: Moment? = nil, input: PlainInput? = nil) throws -> Int32 {
        let input = input ?? PlainInput()
        defer { speech?.stop() }
        let origin = origin ?? clock.now()
        var line = PlainLines(origin: origin)
        var cues: [SessionCue]
        if resumed {
            cues = engine.currentStepCues()
            try persistence.save(engine)
        } else {
            cues = engine.start(at: origin)
            try persistence.begin(engine)
            if startAtRest {
                while !engine.isEnded, engine.currentStep.kind != .rest {
                    cues = engine.handle(.skip, at: origin)
                }
            }
        }
        try play(cues, engine: engine, from: resumed || startAtRest ? engine.stepIndex : 0, at: origin, &line)

        while !engine.isEnded {
            let now = clock.now()
            let event: PlainInput.Event
            if engine.isAwaitingLog {
                event = input.next(timeout: nil, readLine: true)
            } else {
                // The step's own end: nothing needs saying before it.
                let remaining = engine.status(at: now).remaining ?? .zero
                event = input.next(timeout: clock.realWait(until: now + remaining), readLine: false)
            }
            let at = clock.now()
            let before = engine.stepIndex
            switch event {
            case let .signal(number):
                emit(line.at(at, "Interrupted: saved at \"\(engine.label(of: engine.currentStep))\"; "
                    + "run the same command again to resume (--fresh discards it)."))
                return 128 + number
            case .timeout:
                cues = engine.handle(.tick, at: at)
            case .endOfInput:
                cues = logPlanned(&engine, at: at, &line)
            case let .line(text):
                guard let item = engine.currentStep.item else { continue }
                switch PlainLogLine.parse(text, for: engine.plan.items[item]) {
                case let .success(entry):
                    cues = engine.handle(.log(entry), at: at)
                case let .failure(error):
                    emit(line.at(at, "Not understood: \(error). Type the line again."))
                    continue
                }
            }
            try play(cues, engine: engine, from: before, at: at, &line)
        }
        for text in Self.summary(engine.summary) { emit(line.at(clock.now(), text)) }
        return 0
    }

    private func logPlanned(_ engine: inout SessionEngine, at now: Moment, _ line: inout PlainLines) -> [SessionCue] {
        guard let item = engine.currentStep.item else { return [] }
        let entry = ExerciseLogEntry.planned(for: engine.plan.items[item])
        emit(line.at(now, "End of input: logged as planned."))
        return engine.handle(.log(entry), at: now)
    }

    /// Prints and speaks the cues, and saves once when any step completed.
    private func play(_ cues: [SessionCue], engine: SessionEngine, from start: Int, at now: Moment, _ line: inout PlainLines) throws {
        var stepIndex = start
        var completed = false
        for cue in cues {
            switch cue {
            case let .stepCompleted(index):
                completed = true
                stepIndex = index + 1
            case let .say(text):
                speech?.say(text)
                let step = engine.steps[min(stepIndex, engine.steps.count - 1)]
                emit(line.at(now, text.hasPrefix(engine.label(of: step)) ? Self.describe(step, engine: engine) ?? text : text))
            case let .awaitingLog(item):
                let planned = ExerciseLogEntry.planned(for: engine.plan.items[item])
                let reps = planned.repsPerSide.isEmpty ? "" : planned.repsPerSide.map(String.init).joined(separator: "/") + " reps, "
                emit(line.at(now, "Log: type REPS LOAD RIR PAIN [y], or Enter for the plan (\(reps)RIR \(planned.repsInReserve), pain 0)."))
            case .abandoned:
                emit(line.at(now, "Session stopped."))
            case .safetyStop, .finished, .bell, .countdown:
                break   // the spoken text says it; bells and 3-2-1 are for the screen and the voice
            }
        }
        if completed || engine.isEnded { try persistence.save(engine) }
    }

    /// A work step with its dose: "Glute bridge, set 1 of 2 — 12 reps at 2-1-1, mini-band".
    static func describe(_ step: SessionStep, engine: SessionEngine) -> String? {
        guard let work = step.work, let index = step.item else { return nil }
        let item = engine.plan.items[index]
        var text = engine.label(of: step) + " — "
        switch work {
        case let .reps(count, _, tempo):
            if case .phases = tempo { text += "\(count) reps at \(tempo)" } else { text += "\(count) reps" }
        case let .timed(seconds):
            text += engine.plan.kind == .stretch ? "hold \(seconds) s" : "\(seconds) s"
        }
        if let load = item.dose.load, !load.isEmpty { text += ", \(load)" }
        return text
    }

    /// The summary as lines: each exercise done vs planned, the time, notes, the running cue.
    static func summary(_ summary: SessionSummary) -> [String] {
        var lines: [String] = []
        let how: String
        switch summary.outcome {
        case .completed?: how = "Done"
        case .abandoned?: how = "Stopped"
        case .safetyStop?: how = "Stopped for safety"
        case nil: how = "Summary"
        }
        lines.append("\(how): \(summary.title), \(PlainLines.clock(summary.activeTime)) of \(PlainLines.clock(summary.plannedTime)) planned.")
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
}

/// Timestamps for plain lines: time since the start of this run on the scaled clock, "[01:05.0]".
struct PlainLines {
    let origin: Moment

    func at(_ now: Moment, _ text: String) -> String {
        "[\(Self.stamp(max(now - origin, .zero)))] \(text)"
    }

    /// "01:05.0": minutes, seconds and tenths.
    static func stamp(_ elapsed: Duration) -> String {
        let tenths = Int((elapsed.seconds * 10).rounded(.down))
        let minutes = tenths / 600, seconds = tenths / 10 % 60
        return "\(minutes < 10 ? "0" : "")\(minutes):\(seconds < 10 ? "0" : "")\(seconds).\(tenths % 10)"
    }

    /// "4:05" for durations in summaries.
    static func clock(_ duration: Duration) -> String {
        StretchRoutine.clockText(Int(duration.seconds.rounded()))
    }
}
