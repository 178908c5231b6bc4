import LegworkKit

/// Which frame of an exercise's figure the session runner shows: one at a time, picked by where the
/// runner is in the movement (frame 1 = start / "down", frame 2 = end / "up"). Drawn with `FigureView`.
public enum RunnerFigure {
    /// Which frame to show: the first for the start position and the lowering phase, the second (when
    /// there is one) for the lifting phase and for holds, which keep the end position.
    public static func frameIndex(for status: SessionStatus, frameCount: Int) -> Int {
        guard frameCount > 1 else { return 0 }
        if let phase = status.rep?.phase { return phase == .up ? 1 : 0 }
        if case .work(.timed) = status.step.kind { return frameCount - 1 }
        return 0
    }
}
