import LegworkKit

extension AppContext {
    /// The unit the runner reads and types loads in (kilograms until a profile says otherwise).
    package func loadUnit() throws -> LoadUnit {
        try profile()?.units ?? .kg
    }
}
