/// The numbers the routine builder keeps to, in one place so they can be tuned.
public enum StretchLimits {
    /// Routine lengths offered (`legwork stretch --minutes`).
    public static let allowedMinutes = [5, 10, 15, 20, 30]
    /// Shortest hold worth doing [conv]: the beginner stretch dose is 2 × 20 s (DOMAIN.md §1).
    public static let minHold = 20
    /// Longest hold at `level`. ACSM advises 10–30 s holds repeated to about 60 s; 60 s in one hold
    /// is the ceiling, and beginners stop at 45 s and repeat instead [conv].
    public static func maxHold(_ level: Level) -> Int {
        switch level {
        case .beginner: 45
        case .intermediate, .advanced: 60
        }
    }
    /// Holds change in steps of this many seconds, so the clock shows round numbers.
    public static let holdStep = 5
    /// Seconds of holding per side a tight area must get (ACSM: about 60 s per stretch).
    public static let secondsPerTightArea = 60
    /// The legs' key areas a routine should give about `secondsPerTightArea` per side; one that falls
    /// short is named in the overview, with the way to get there.
    public static let keyAreas: [StretchArea] = [.calves, .hamstrings, .glutes, .hips, .quads]
    /// Within this much of 60 s counts as "about 60 s" [conv].
    public static let keyAreaSlack = 5
    /// How many times one stretch may come up in a routine (ACSM: 2–4 holds; two keeps variety).
    public static let maxRounds = 2
    /// How many times when a warning sign left too few stretches to fill the time in `maxRounds` (a
    /// bone-stress sign leaves the lying-down ones only): ACSM's upper end of 2–4 holds, so every length
    /// can still be filled.
    public static let mostRounds = 4
}
