/// Where a JSON text stops being valid JSON, for error messages a person can act on.
///
/// Foundation's `JSONDecoder` on Linux only says "The given data was not valid JSON" with no position;
/// readers that decode with it call `locate(in:)` on the failure path to find the line and column.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in characters from the start of the line.
    public var column: Int
    /// What was expected or found there.
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line; self.column = column; self.message = message
    }

    public var description: String { "line \(line), column \(column): \(message)" }

    /// The first syntax error in `text`, or nil when the text is valid JSON (RFC 8259).
    public static func locate(in text: String) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text)
            return nil
        } catch {
            return error
        }
    }
}
