// GeoJSON geometries (RFC 7946 structure; coordinates taken as metres in the project's system).
import Foundation

public enum GeoJSONGeometry: Sendable, Equatable {
    case point(Point)
    case lineString([Point])
    case polygon(Polygon)
    case multiPolygon([Polygon])

    public var polygons: [Polygon] {
        switch self {
        case .polygon(let p): [p]
        case .multiPolygon(let ps): ps
        default: []
        }
    }

    /// Reads a geometry object; bad structure or an invalid polygon throws a German message.
    public static func read(_ object: [String: Any]) throws(GeometryError) -> GeoJSONGeometry {
        guard let type = object["type"] as? String else { throw .malformed("Geometrie ohne \"type\".") }
        let coordinates = object["coordinates"]
        switch type {
        case "Point":
            return .point(try point(coordinates))
        case "LineString":
            let line = try points(coordinates)
            guard line.count >= 2 else { throw .malformed("Eine Linie braucht mindestens zwei Punkte.") }
            return .lineString(line)
        case "Polygon":
            return .polygon(try polygon(coordinates))
        case "MultiPolygon":
            guard let parts = coordinates as? [Any], !parts.isEmpty else { throw .malformed("MultiPolygon ohne Koordinaten.") }
            var polygons: [Polygon] = []
            for part in parts { polygons.append(try polygon(part)) }
            return .multiPolygon(polygons)
        default:
            throw .malformed("Geometrietyp \"\(type)\" wird hier nicht unterstützt (erwartet: Point, LineString, Polygon, MultiPolygon).")
        }
    }

    static func point(_ value: Any?) throws(GeometryError) -> Point {
        guard let pair = value as? [Any], pair.count >= 2, let x = number(pair[0]), let y = number(pair[1]) else {
            throw .malformed("Ein Punkt braucht zwei Zahlen [x, y].")
        }
        return Point(x, y)
    }

    static func points(_ value: Any?) throws(GeometryError) -> [Point] {
        guard let list = value as? [Any] else { throw .malformed("Koordinatenliste erwartet.") }
        var result: [Point] = []
        for item in list { result.append(try point(item)) }
        return result
    }

    static func polygon(_ value: Any?) throws(GeometryError) -> Polygon {
        guard let rings = value as? [Any], let first = rings.first else { throw .malformed("Polygon ohne Ringe.") }
        var holes: [[Point]] = []
        for ring in rings.dropFirst() { holes.append(try points(ring)) }
        return try Polygon.validated(exterior: try points(first), holes: holes)
    }

    static func number(_ value: Any) -> Double? {
        if value is String { return nil }
        return (value as? NSNumber)?.doubleValue
    }

    /// The geometry as a GeoJSON object (for output).
    public var object: [String: Any] {
        func ring(_ r: Ring) -> [[Double]] { r.closedPoints.map { [$0.x, $0.y] } }
        func poly(_ p: Polygon) -> [[[Double]]] { p.rings.map(ring) }
        switch self {
        case .point(let p): return ["type": "Point", "coordinates": [p.x, p.y]]
        case .lineString(let l): return ["type": "LineString", "coordinates": l.map { [$0.x, $0.y] }]
        case .polygon(let p): return ["type": "Polygon", "coordinates": poly(p)]
        case .multiPolygon(let ps): return ["type": "MultiPolygon", "coordinates": ps.map(poly)]
        }
    }
}
