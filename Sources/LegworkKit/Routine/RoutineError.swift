/// One problem in a routine file, at the line and field a person editing it can go to:
///
///     knee.json: line 9, exercises.2.card: unknown exercise "step_dwon"; did you mean "step_down"? (list them with: legwork exercises)
public struct RoutineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the runner named it, or "routine \"NAME\"" for a stored one.
    public var source: String
    public var line: Int
    /// The dotted path of the field ("exercises.2.sets"); nil for the file as a whole (a syntax error).
    public var field: String?
    public var message: String

    public init(source: String, line: Int, field: String?, message: String) {
        self.source = source; self.line = line; self.field = field; self.message = message
    }

    public var description: String { "\(source): line \(line)" + (field.map { ", \($0)" } ?? "") + ": \(message)" }
}

/// Every problem found in one routine file, in file order.
public struct RoutineErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [RoutineError]
    public init(_ errors: [RoutineError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
