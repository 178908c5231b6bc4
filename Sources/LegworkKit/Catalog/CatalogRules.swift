/// The limits a card must respect, in one place so that the validator, the documentation
/// (docs/catalog-format.md) and the screens that lay cards out agree.
public enum CatalogRules {
    /// The data-file format this version reads and writes (`"format": 1`).
    public static let format = 1

    public static let sets = 1...10
    public static let reps = 1...100
    /// Seconds of a hold or a carry.
    public static let seconds = 5...600
    /// Seconds of rest after a set.
    public static let rest = 0...600
    /// A quality score: 0 none … 3 a main purpose of the exercise.
    public static let score = 0...3

    /// How many setup and movement steps a card of Legwork's own catalog has.
    public static let steps = 3...6
    /// Longest text, in characters, so a card fits an 80-column screen without walls of text.
    public static let stepLength = 90
    public static let cueLength = 60
    public static let mistakeLength = 60
    public static let runningCueLength = 80

    /// ASCII figures: at most this many frames, columns and lines. One frame for a hold; for a movement
    /// its top and lowered positions with up to two frames between them (see `FigureMotion`).
    public static let figureFrames = 1...4
    public static let figureWidth = 22
    public static let figureHeight = 6
}
