/// Builds the screens behind the home menu and performs app commands. The executable implements it
/// with the real store and catalog; tests implement it with fixtures.
public protocol AppEnvironment: Sendable {
    /// The screen for a destination, or nil when this build cannot open it (with a reason to show).
    func screen(for destination: Destination) -> Result<any Screen, AppEnvironmentError>
    func perform(_ command: AppCommand) throws -> AppMessage?
}

public struct AppEnvironmentError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
