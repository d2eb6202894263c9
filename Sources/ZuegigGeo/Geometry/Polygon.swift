// A polygon with an exterior ring and optional holes (interior rings), as in GML and GeoJSON.
public struct Polygon: Hashable, Sendable, Codable {
    /// Counter-clockwise.
    public private(set) var exterior: Ring
    /// Clockwise, each inside the exterior.
    public private(set) var holes: [Ring]

    public init(exterior: Ring, holes: [Ring] = []) {
        self.exterior = exterior.oriented(counterClockwise: true)
        self.holes = holes.map { $0.oriented(counterClockwise: false) }
    }

    /// A polygon from outside data; rings are validated and holes must lie inside the exterior.
    public static func validated(exterior: [Point], holes: [[Point]] = []) throws(GeometryError) -> Polygon {
        let outer = try Ring.validated(exterior)
        var inner: [Ring] = []
        let region = Region(rings: [outer.oriented(counterClockwise: true)])
        for hole in holes {
            let ring = try Ring.validated(hole)
            guard ring.points.allSatisfy({ region.locate($0) != .outside }) else {
                throw .malformed("Ein Loch (innerer Ring) liegt nicht innerhalb des äußeren Rings.")
            }
            inner.append(ring)
        }
        return Polygon(exterior: outer, holes: inner)
    }

    /// A rectangle from its lower-left corner and size (handy for tests and generated data).
    public static func rectangle(x: Double, y: Double, width: Double, height: Double) -> Polygon {
        Polygon(exterior: Ring(unchecked: [Point(x, y), Point(x + width, y), Point(x + width, y + height), Point(x, y + height)]))
    }

    public var rings: [Ring] { [exterior] + holes }
    public var area: Double { exterior.area - holes.reduce(0) { $0 + $1.area } }
    public var boundingBox: BoundingBox { exterior.boundingBox }
    public var region: Region { Region(rings: rings) }

    public func translated(by offset: Point) -> Polygon {
        Polygon(exterior: exterior.translated(by: offset), holes: holes.map { $0.translated(by: offset) })
    }

    /// The area-weighted centre (holes count negatively).
    public var centroid: Point {
        var momentX = 0.0, momentY = 0.0, total = 0.0
        for ring in rings {
            guard let origin = ring.points.first else { continue }
            let pts = ring.points
            var sx = 0.0, sy = 0.0, twiceArea = 0.0
            for i in pts.indices {
                let p = pts[i] - origin, q = pts[(i + 1) % pts.count] - origin
                let c = Point.cross(p, q)
                sx += (p.x + q.x) * c
                sy += (p.y + q.y) * c
                twiceArea += c
            }
            let area = twiceArea / 2
            guard area != 0 else { continue }
            momentX += area * (sx / (6 * area) + origin.x)
            momentY += area * (sy / (6 * area) + origin.y)
            total += area
        }
        guard total != 0 else { return exterior.points.first ?? Point(0, 0) }
        return Point(momentX / total, momentY / total)
    }
}
