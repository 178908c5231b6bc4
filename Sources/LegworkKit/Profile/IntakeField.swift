/// One field of the intake form: what to ask, how it is answered, what was typed and what is wrong.
public struct IntakeField: Equatable, Sendable {
    /// How the screen lets the runner answer. Whatever the kind, the answer is kept as `text`, the same
    /// words `legwork profile set` takes, and validated by the same parser.
    public enum Kind: Equatable, Sendable {
        /// Exactly one of the choices.
        case singleChoice([IntakeChoice])
        /// Any number of the choices; text is a comma list, `none` for nothing.
        case multiChoice([IntakeChoice])
        /// A decimal number in `unit`; other units the parser accepts may follow the number ("20 mi").
        case number(unit: String, range: ClosedRange<Double>)
        /// `YYYY-MM-DD`.
        case date
        /// A comma list of weekdays (`mon,wed,sat`).
        case dayList
        /// A comma list of `NAME:past` / `NAME:current:PAIN`.
        case injuryList
    }

    public let key: ProfileKey
    public let label: String
    /// One line shown under the field: what to enter and why it matters.
    public let help: String
    public let kind: Kind
    /// May be left empty (meaning none).
    public let isOptional: Bool
    /// What the runner typed or picked.
    public internal(set) var text: String
    /// Why `text` is not accepted, or nil when it is.
    public internal(set) var message: String?

    public var isValid: Bool { message == nil }
}

/// One pickable answer: the word stored in `text` and the words shown on screen.
public struct IntakeChoice: Equatable, Sendable {
    public let value: String
    public let label: String

    public init(_ value: String, _ label: String) { self.value = value; self.label = label }
}
