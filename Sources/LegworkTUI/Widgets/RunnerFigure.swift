import LegworkKit

/// The exercise figure as the session runner draws it: one frame at a time, picked by where the runner
/// is in the movement (frame 1 = start / "down", frame 2 = end / "up"), mirrored for the right side, and
/// scaled up with the big digits on a large window. Drawn with `FigureView`.
public enum RunnerFigure {
    /// Which frame to show: the first for the start position and the lowering phase, the second (when
    /// there is one) for the lifting phase and for holds, which keep the end position.
    public static func frameIndex(for status: SessionStatus, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        if let phase = status.rep?.phase { return phase == .up ? 1 : 0 }
        if case .work(.timed) = status.step.kind { return frameCount - 1 }
        return 0
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
            for character in line {
                for row in 0..<scale { rows[row] += block(character, row: row, scale: scale) }
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
