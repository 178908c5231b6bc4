import Foundation

/// The distance between two points of a recorded track, on a sphere of the Earth's mean radius
/// (haversine): within a fraction of a percent of a watch's own figure over a run.
public enum TrackDistance {
    public struct Point: Hashable, Sendable {
        public var latitude: Double, longitude: Double
        public init(latitude: Double, longitude: Double) { self.latitude = latitude; self.longitude = longitude }
    }

    /// The Earth's mean radius in metres (IUGG).
    public static let earthRadius = 6_371_008.8

    public static func metres(from a: Point, to b: Point) -> Double {
        let rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadius * asin(min(1, sqrt(h)))
    }
}
