import LegworkKit

/// A stored routine as the list shows it.
public struct RoutineEntry: Sendable, Equatable {
    public var name: String
    /// "4 exercises, about 14 minutes, from …", or why it cannot be read.
    public var detail: String
    public init(name: String, detail: String) { self.name = name; self.detail = detail }
}

/// What the routine screens ask the store to do (`AppCommand.routine`).
public enum RoutineChange: Sendable {
    /// Only the fresh list.
    case load
    /// Store a built routine under its title; `replacing` is the name it was opened under.
    case save(Routine, replacing: String?)
    case duplicate(String)
    case rename(String, to: String)
    case delete(String)
}

/// Where the routine list leads: the environment builds these screens (they need the store and the
/// catalog), the list only names them.
public enum RoutineRoute: Route {
    /// The routine through the strength door: check-in, gate, runner.
    case run(String)
    /// The builder, on a stored routine or a new one (nil).
    case build(String?)
}
