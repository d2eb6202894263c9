// Transverse Mercator (UTM) on the GRS80/WGS84 ellipsoid, forward and inverse, after Krüger's series
// in the third flattening n (terms to n³: well under a millimetre inside a zone). Used to turn a
// building site in ETRS89/UTM (EPSG:25831-25835, as in XPlanung) or WGS84/UTM (EPSG:32631-32660) into
// latitude and longitude for routing. ETRS89 and WGS84 differ by well under a metre in Germany.
import Foundation

public struct UTMProjection: Sendable, Equatable {
    public let zone: Int

    static let a = 6_378_137.0
    static let flattening = 1 / 298.257_222_101
    static let scale = 0.9996
    static let falseEasting = 500_000.0
    static let n = flattening / (2 - flattening)
    static let rectifyingRadius = a / (1 + n) * (1 + n * n / 4 + n * n * n * n / 64)
    static let alpha = [n / 2 - 2 * n * n / 3 + 5 * n * n * n / 16, 13 * n * n / 48 - 3 * n * n * n / 5, 61 * n * n * n / 240]
    static let beta = [n / 2 - 2 * n * n / 3 + 37 * n * n * n / 96, n * n / 48 + n * n * n / 15, 17 * n * n * n / 480]
    static let delta = [2 * n - 2 * n * n / 3 - 2 * n * n * n, 7 * n * n / 3 - 8 * n * n * n / 5, 56 * n * n * n / 15]

    public init?(zone: Int) {
        guard (1...60).contains(zone) else { return nil }
        self.zone = zone
    }

    /// The northern UTM zone of an EPSG code in any usual spelling ("EPSG:25833",
    /// "urn:ogc:def:crs:EPSG::25833", "http://www.opengis.net/def/crs/EPSG/0/25833"); nil for other systems.
    public init?(srs: String) {
        let code = Int(XPlanGMLReader.normalisedSRS(srs).dropFirst(5)) ?? 0
        switch code {
        case 25_828...25_838: self.init(zone: code - 25_800)
        case 32_601...32_660: self.init(zone: code - 32_600)
        default: return nil
        }
    }

    var centralMeridian: Double { Double(zone * 6 - 183) * .pi / 180 }

    /// Latitude and longitude in degrees of a point given as easting/northing in metres.
    public func geographic(_ point: Point) -> (lat: Double, lon: Double) {
        let k = Self.scale * Self.rectifyingRadius
        let xi = point.y / k, eta = (point.x - Self.falseEasting) / k
        var xiPrime = xi, etaPrime = eta
        for (j, b) in Self.beta.enumerated() {
            let m = 2 * Double(j + 1)
            xiPrime -= b * sin(m * xi) * cosh(m * eta)
            etaPrime -= b * cos(m * xi) * sinh(m * eta)
        }
        let chi = asin(sin(xiPrime) / cosh(etaPrime))
        var phi = chi
        for (j, d) in Self.delta.enumerated() { phi += d * sin(2 * Double(j + 1) * chi) }
        let lambda = centralMeridian + atan2(sinh(etaPrime), cos(xiPrime))
        return (phi * 180 / .pi, lambda * 180 / .pi)
    }

    /// Easting/northing in metres of a latitude and longitude in degrees.
    public func projected(lat: Double, lon: Double) -> Point {
        let phi = lat * .pi / 180, dLambda = lon * .pi / 180 - centralMeridian
        let c = 2 * Self.n.squareRoot() / (1 + Self.n)
        let t = sinh(atanh(sin(phi)) - c * atanh(c * sin(phi)))
        let xiPrime = atan2(t, cos(dLambda)), etaPrime = atanh(sin(dLambda) / (1 + t * t).squareRoot())
        var x = etaPrime, y = xiPrime
        for (j, al) in Self.alpha.enumerated() {
            let m = 2 * Double(j + 1)
            x += al * cos(m * xiPrime) * sinh(m * etaPrime)
            y += al * sin(m * xiPrime) * cosh(m * etaPrime)
        }
        let k = Self.scale * Self.rectifyingRadius
        return Point(Self.falseEasting + k * x, k * y)
    }
}
