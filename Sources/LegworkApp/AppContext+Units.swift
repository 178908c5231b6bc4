import LegworkKit

extension AppContext {
    /// The unit the runner reads and types loads in (kilograms until a profile says otherwise).
    package func loadUnit() throws -> LoadUnit {
        try profile()?.units ?? .kg
    }

    /// The unit the runner reads and types run distances in (miles for a runner in pounds).
    package func distanceUnit() throws -> DistanceUnit {
        try loadUnit().distance
    }
}
