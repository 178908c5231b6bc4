import LegworkKit

/// The ASCII figure of an exercise as the session runner shows it: one frame at a time, picked by where
/// the runner is in the movement (frame 1 = start / "down", frame 2 = end / "up").
public enum RunnerFigure {
    /// Which frame to show: the first for the start position and the lowering phase, the second (when
    /// there is one) for the lifting phase and for holds, which keep the end position.
    public static func frameIndex(for status: SessionStatus, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        if let phase = status.rep?.phase { return phase == .up ? 1 : 0 }
        if case .work(.timed) = status.step.kind { return frameCount - 1 }
        return 0
    }

    /// The frame's columns (its widest line).
    public static func width(of frame: [String]) -> Int { frame.map { DisplayWidth.of($0) }.max() ?? 0 }

    /// Draws a frame with its top-left corner at (x, y), clipped to `clip`.
    public static func render(_ frame: [String], x: Int, y: Int, into canvas: inout Canvas, clip: Rect) {
        for (row, line) in frame.enumerated() {
            canvas.write(line, x: x, y: y + row, style: .accent, clip: clip)
        }
    }
}
