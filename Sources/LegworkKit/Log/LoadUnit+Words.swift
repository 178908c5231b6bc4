/// The one place a load in kilograms becomes the figure a runner reads, and typed text becomes kilograms,
/// in the runner's unit (`Profile.units`). Screens, `--plain` lines and the plan's text all write loads
/// through here; JSON, CSV and the store keep kilograms.
extension LoadUnit {
    /// "25", "11.5", "2.25": `kilograms` in this unit without trailing zeros (kilograms to a hundredth,
    /// pounds to a tenth: a pound is fine enough that a hundredth would only show the conversion).
    public func number(kilograms: Double) -> String {
        let amount = amount(ofKilograms: kilograms)
        return switch self {
        case .kg: Load.kilogramWords(amount)
        case .lb: Load.kilogramWords((amount * 10).rounded() / 10)
        }
    }

    /// "25 lb", "11.5 kg".
    public func words(kilograms: Double) -> String { number(kilograms: kilograms) + " " + rawValue }

    /// A typed load in kilograms: "25lb" and "11kg" say their unit, a number alone is in this one.
    public func kilograms(typed text: String) -> Double? { Self.kilograms(typed: text, defaultUnit: self) }

    /// The choice as the intake form names it.
    public var title: String { self == .kg ? "kg and km" : "lb and miles" }

    /// The unit runs are read and typed in: a runner who weighs in pounds is taken to run in miles.
    public var distance: DistanceUnit { self == .kg ? .km : .mi }
}
