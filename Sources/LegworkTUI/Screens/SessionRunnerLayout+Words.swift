import LegworkKit

/// The runner's words and numbers: what the big glyphs say, the caption under them, the headline's
/// right end, the dose line and the session clock with its finish time.
extension SessionRunnerLayout {
    /// The lines drawn big: the rep and the tempo word with its countdown during reps, else the seconds.
    var bigLines: [String] {
        switch status.step.kind {
        case .log, .done:
            return []
        case .work(.reps):
            guard let rep = status.rep else { return [] }
            let count = "\(rep.number)/\(rep.count)"
            guard let phase = rep.phase, let left = rep.phaseRemainingSeconds else { return [count] }
            return [count, "\(Self.word(for: phase)) \(left)"]
        default:
            return [BigDigits.text(seconds: status.remainingSeconds ?? 0)]
        }
    }

    /// The word a runner follows in each part of a rep.
    static func word(for phase: TempoPhase) -> String {
        switch phase {
        case .down: "DOWN"
        case .pause: "HOLD"
        case .up: "UP"
        }
    }

    /// The line under the big glyphs: what they count, the set's time, or PAUSED.
    var caption: String {
        if status.isPaused { return " PAUSED\(sep)Space resumes " }
        switch status.step.kind {
        case let .work(.reps(_, _, tempo)):
            guard let rep = status.rep else { return "" }
            let pace: String
            if case .phases = tempo { pace = "" } else { pace = " at your own pace" }
            return "rep \(rep.number) of \(rep.count)\(pace)\(sep)set \(setTimeLeft) left"
        case let .work(.timed(seconds)):
            var text = "hold \(seconds) s"
            if let side = status.side { text += sep + "\(side.rawValue) side" }
            // A slow breath in and out over the hold: the still figure is held, not breath.
            if let elapsed = RunnerFigure.holdElapsed(status) { text += sep + "breathe \(FigureMotion.breath(elapsed: elapsed).rawValue)" }
            return text
        case .rest:
            if let upcoming { return "rest\(sep)next: \(upcoming.name)\(sep)\(upcoming.prescription)" }
            return "rest"
        case .switchSides:
            return "switch to the \(status.side?.rawValue ?? "other") side"
        case .getReady:
            return "get into position"
        case .transition:
            return isStretch ? "move into the next stretch" : "set up the next exercise"
        case .log, .done:
            return ""
        }
    }

    /// The caption with the tempo word in front, when the window is too small to draw the word big.
    var captionWithPhase: String {
        guard !status.isPaused, let rep = status.rep, let phase = rep.phase, let left = rep.phaseRemainingSeconds else { return caption }
        return "\(Self.word(for: phase)) \(left)\(sep)" + caption
    }

    /// The reps step's own clock, small: "0:24".
    var setTimeLeft: String { StretchRoutine.clockText(status.remainingSeconds ?? 0) }

    // MARK: Parts

    /// "set 2 of 3 · left side", "left side", "" — the right end of the headline row.
    var position: String {
        var parts: [String] = []
        switch status.step.kind {
        case .work, .switchSides, .rest:
            if let ramp = engine.rampUp(of: status.step) { parts.append("ramp-up \(ramp.number) of \(ramp.of)") }
            if let set = status.set, let sets = status.sets, sets > 1 { parts.append("set \(set) of \(sets)") }
        default:
            break
        }
        if let side = status.side { parts.append("\(side.rawValue) side") }
        return parts.joined(separator: sep)
    }

    /// The line under the headline: the dose, the coming exercise, or the props of a stretch.
    var subline: String {
        guard let item = status.item else { return engine.plan.title }
        if isStretch, !props.isEmpty, status.step.kind != .getReady {
            return "Props: " + props.map(\.title).joined(separator: ", ")
        }
        switch status.step.kind {
        case .getReady:
            return "First: \(item.name)\(sep)\(item.prescription)"
        case .work where engine.rampUp(of: status.step) != nil:
            return engine.rampUp(of: status.step)!.set.words + sep + "before the work sets"
        case let .work(.reps(_, _, tempo)):
            if case .phases = tempo {
                let parts = PlanItemWords.phaseSeconds(tempo, start: item.repStart ?? .lowering)
                    .map { "\(PlanItemWords.word($0.phase)) \($0.seconds) s" }
                return "\(item.prescription)\(sep)each rep: " + parts.joined(separator: ", ")
            }
            return "\(item.prescription)\(sep)\(tempo) pace"
        case .work(.timed):
            return item.prescription
        case .switchSides:
            return "\(item.name): get ready for the \(status.side?.rawValue ?? "other") side"
        case .rest where engine.rampUp(of: status.step) != nil:
            return "Rest after the ramp-up set of \(item.name)"
        case .rest:
            return "Rest after set \(status.set ?? 1) of \(item.name)"
        case .transition:
            return "Coming: \(item.name)\(sep)\(item.prescription)"
        case .log, .done:
            return item.name
        }
    }

    /// "42%  12:30 left" for a session; "6:40 / 15:00" (the routine's clock) for a stretch; then the
    /// time of day it ends ("done 07:52") when the frame knows the wall clock.
    var progressText: String {
        let left = Int(status.timeLeft.seconds.rounded(.up))
        var text: String
        if isStretch {
            let total = Int(status.plannedTotal.seconds.rounded())
            text = StretchRoutine.clockText(total - left) + " / " + StretchRoutine.clockText(total)
        } else {
            let percent = Int((status.fractionDone * 100).rounded(.down))
            text = "\(percent)%  \(StretchRoutine.clockText(left)) left"
        }
        if let finish = Self.finishClock(wallTime: context.wallTime, left: status.timeLeft, speed: context.speed) {
            text += "  \(context.glyphs.separator)  done \(finish)"
        }
        return text
    }

    /// "07:52": the time of day `left` (moments, run at `speed`) from `wallTime`, rounded up to the minute.
    static func finishClock(wallTime: WallTime?, left: Duration, speed: Double) -> String? {
        guard let wallTime else { return nil }
        let seconds = Int64((left.seconds / max(0.01, speed)).rounded(.up))
        let end = wallTime.adding(seconds: seconds + 59).local
        return (end.hour < 10 ? "0" : "") + "\(end.hour):" + (end.minute < 10 ? "0" : "") + "\(end.minute)"
    }
}
