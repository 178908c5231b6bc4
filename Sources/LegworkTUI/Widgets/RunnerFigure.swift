import LegworkKit

/// The exercise figure as the session runner draws it: one frame at a time, picked by where the runner
/// is in the movement (`FigureMotion`: the lowering plays the frames forward, the pause shows the
/// lowered one, the lifting plays them back, a hold eases into its held position), mirrored for the
/// right side, and scaled up with the big digits on a large window. Drawn with `FigureView`.
public enum RunnerFigure {
    /// Which frame to show at `status`: the moment of the rep at its tempo, or of the hold.
    public static func frameIndex(for status: SessionStatus, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        if let moment = repMoment(status) { return FigureMotion.frame(at: moment, frameCount: frameCount) }
        if let elapsed = holdElapsed(status) { return FigureMotion.holdFrame(elapsed: elapsed, frameCount: frameCount) }
        return 0
    }

    /// Time from `status` until the frame changes, when that is sooner than the end of the phase or
    /// the hold's ease-in; nil when the frame stays (or the clock is stopped).
    public static func untilChange(for status: SessionStatus, frameCount: Int) -> Duration? {
        guard frameCount > 1, !status.isPaused else { return nil }
        if let moment = repMoment(status) { return FigureMotion.untilChange(at: moment, frameCount: frameCount) }
        if let elapsed = holdElapsed(status) { return FigureMotion.holdUntilChange(elapsed: elapsed, frameCount: frameCount) }
        return nil
    }

    /// Where a reps step is within its current rep: the tempo phase and the time gone in it, or for a
    /// rep at the runner's own pace its two halves (`FigureMotion.uncountedMoment`).
    static func repMoment(_ status: SessionStatus) -> FigureMotion.RepMoment? {
        guard case let .work(.reps(count, perRep, tempo)) = status.step.kind, let rep = status.rep else { return nil }
        if let phase = rep.phase, let left = rep.phaseRemaining, case .phases = tempo {
            let length = Duration.seconds(tempo.seconds(of: phase))
            return FigureMotion.RepMoment(phase: phase, elapsed: max(.zero, length - left), length: length,
                                          start: status.item?.repStart ?? .lowering)
        }
        guard let remaining = status.remaining, perRep > 0 else { return nil }
        let into = Duration.seconds(count * perRep) - remaining - .seconds((rep.number - 1) * perRep)
        return FigureMotion.uncountedMoment(within: max(.zero, into), secondsPerRep: perRep)
    }

    /// Time gone in a hold (a plank, a stretch).
    static func holdElapsed(_ status: SessionStatus) -> Duration? {
        guard case let .work(.timed(seconds)) = status.step.kind, let remaining = status.remaining else { return nil }
        return max(.zero, .seconds(seconds) - remaining)
    }

    /// Characters that point one way and become their twin in a mirror.
    private static let mirrorPairs: [Character: Character] = [
        "/": "\\", "\\": "/", "(": ")", ")": "(", "<": ">", ">": "<", "[": "]", "]": "[", "{": "}", "}": "{",
    ]

    /// `frame` seen in a mirror: each line reversed within the frame's width and the slanted strokes
    /// swapped, so a right-side set shows the right leg working.
    public static func mirrored(_ frame: [String]) -> [String] {
        let width = frame.map(\.count).max() ?? 0
        return trimmed(frame.map { line in
            let padded = line + String(repeating: " ", count: width - line.count)
            return String(padded.reversed().map { mirrorPairs[$0] ?? $0 })
        })
    }

    /// `frame` drawn `scale` times larger: every character becomes a `scale × scale` block in which the
    /// stroke keeps its direction (a `/` stays a diagonal, `_` stays on the floor, `|` stays upright), so
    /// the figure grows with the digits instead of turning into smears.
    public static func scaled(_ frame: [String], by scale: Int) -> [String] {
        guard scale > 1 else { return frame }
        var out: [String] = []
        for line in frame {
            var rows = Array(repeating: "", count: scale)
            let characters = Array(line)
            for (i, character) in characters.enumerated() {
                for row in 0..<scale { rows[row] += block(character, row: row, scale: scale) }
                // An upright stroke standing on the floor (`_|_`) keeps the floor whole on each side of it.
                if character == "|" {
                    let floorLeft = i > 0 && characters[i - 1] == "_"
                    let floorRight = i + 1 < characters.count && characters[i + 1] == "_"
                    var last = Array(rows[scale - 1].suffix(scale))
                    let middle = (scale - 1) / 2
                    for column in 0..<scale where last[column] == " " && (column < middle ? floorLeft : floorRight) {
                        last[column] = "_"
                    }
                    rows[scale - 1] = String(rows[scale - 1].dropLast(scale)) + String(last)
                }
            }
            out += rows
        }
        return trimmed(out)
    }

    /// One row of the block that stands for `character` at `scale`.
    private static func block(_ character: Character, row: Int, scale: Int) -> String {
        let middle = (scale - 1) / 2
        func cells(_ pick: (Int) -> Character) -> String { String((0..<scale).map(pick)) }
        switch character {
        case " ": return String(repeating: " ", count: scale)
        case "/": return cells { $0 + row == scale - 1 ? "/" : " " }
        case "\\": return cells { $0 == row ? "\\" : " " }
        case "_", ".": return row == scale - 1 ? String(repeating: "_", count: scale) : String(repeating: " ", count: scale)
        case "|", "'", "`": return cells { $0 == middle ? character : " " }
        // A weight is solid; a bracket or a paren is an edge, drawn upright against what it encloses.
        case "#": return String(repeating: "#", count: scale)
        case "(", "[": return cells { $0 == scale - 1 ? character : " " }
        case ")", "]": return cells { $0 == 0 ? character : " " }
        case "o": return row == middle ? (scale == 2 ? "()" : "(" + String(repeating: "_", count: scale - 2) + ")") : String(repeating: " ", count: scale)
        default: return row == middle ? String(repeating: character, count: scale) : String(repeating: " ", count: scale)
        }
    }

    private static func trimmed(_ lines: [String]) -> [String] {
        lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
