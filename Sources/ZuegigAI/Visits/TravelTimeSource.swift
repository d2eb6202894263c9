// Where travel times come from. One protocol, so a routing engine's matrix, straight lines with a
// detour factor, or another source can be plugged in without touching the optimiser.
import Foundation

/// A place the travel source must connect: an inspector's office or a site.
public struct TravelPlace: Sendable, Hashable {
    public var id: String
    public var latitude: Double
    public var longitude: Double

    public init(id: String, latitude: Double, longitude: Double) {
        self.id = id
        self.latitude = latitude
        self.longitude = longitude
    }
}

public protocol TravelTimeSource: Sendable {
    /// Seconds and metres between every pair of places, row-major (places.count² entries each).
    func matrix(for places: [TravelPlace]) throws(VisitPlanError) -> (seconds: [Int], metres: [Int])
}

/// Great-circle distance times a detour factor, driven at a mean speed.
public struct StraightLineTravel: TravelTimeSource {
    public var detourFactor: Double
    public var speedKmh: Double

    public init(detourFactor: Double = 1.3, speedKmh: Double = 30) {
        self.detourFactor = detourFactor
        self.speedKmh = speedKmh
    }

    public static func metres(_ a: TravelPlace, _ b: TravelPlace) -> Double {
        let radius = 6_371_000.0, rad = Double.pi / 180
        let dLat = (b.latitude - a.latitude) * rad, dLon = (b.longitude - a.longitude) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(a.latitude * rad) * cos(b.latitude * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * radius * asin(min(1, h.squareRoot()))
    }

    public func matrix(for places: [TravelPlace]) throws(VisitPlanError) -> (seconds: [Int], metres: [Int]) {
        let n = places.count
        var seconds = [Int](repeating: 0, count: n * n), metres = seconds
        let metresPerSecond = speedKmh / 3.6
        for i in 0..<n {
            for j in 0..<n where i != j {
                let road = Self.metres(places[i], places[j]) * detourFactor
                metres[i * n + j] = Int(road.rounded())
                seconds[i * n + j] = Int((road / metresPerSecond).rounded(.up))
            }
        }
        return (seconds, metres)
    }
}

/// A matrix supplied by the operator (for example from a routing engine), by place id.
public struct SuppliedTravelMatrix: TravelTimeSource {
    public var ids: [String]
    public var seconds: [[Int]]
    public var metres: [[Int]]?

    public init(ids: [String], seconds: [[Int]], metres: [[Int]]? = nil) {
        self.ids = ids
        self.seconds = seconds
        self.metres = metres
    }

    public func matrix(for places: [TravelPlace]) throws(VisitPlanError) -> (seconds: [Int], metres: [Int]) {
        guard seconds.count == ids.count, seconds.allSatisfy({ $0.count == ids.count }) else {
            throw .invalid("Die Fahrzeitmatrix muss quadratisch sein (\(ids.count) × \(ids.count)).")
        }
        if let metres, metres.count != ids.count || !metres.allSatisfy({ $0.count == ids.count }) {
            throw .invalid("Die Entfernungsmatrix muss quadratisch sein (\(ids.count) × \(ids.count)).")
        }
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        let rows = try places.map { place throws(VisitPlanError) -> Int in
            guard let row = index[place.id] else { throw .invalid("Die Fahrzeitmatrix enthält den Ort „\(place.id)“ nicht.") }
            return row
        }
        let n = places.count
        var outSeconds = [Int](repeating: 0, count: n * n), outMetres = outSeconds
        for i in 0..<n {
            for j in 0..<n {
                let s = seconds[rows[i]][rows[j]]
                guard s >= 0 else { throw .invalid("Negative Fahrzeit zwischen „\(places[i].id)“ und „\(places[j].id)“.") }
                outSeconds[i * n + j] = s
                outMetres[i * n + j] = metres?[rows[i]][rows[j]] ?? 0
            }
        }
        return (outSeconds, outMetres)
    }
}
