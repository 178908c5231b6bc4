import LegworkKit

/// Builds the screens behind the home menu and performs app commands. The executable implements it
/// with the real store and catalog; tests implement it with fixtures.
public protocol AppEnvironment: Sendable {
    /// The screen for a route (a home-menu `Destination` or a route of the application), built at `now`
    /// (a resumed session goes on from then), or the reason it cannot open.
    func screen(for route: any Route, at now: Moment) -> Result<any Screen, AppEnvironmentError>
    func perform(_ command: AppCommand) throws -> AppMessage?
}

public struct AppEnvironmentError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
