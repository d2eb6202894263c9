// A closed ring of points (the closing point is not repeated). Construction from outside data goes
// through `validated`, which refuses open, degenerate and self-intersecting rings.
public struct Ring: Hashable, Sendable, Codable {
    public private(set) var points: [Point]

    /// A ring from points known to be valid (closing point not repeated).
    public init(unchecked points: [Point]) {
        self.points = points
    }

    /// A ring from outside data: the first and last point must be equal (as in GeoJSON and GML);
    /// consecutive duplicates are dropped; at least three distinct points; no self-intersection.
    public static func validated(_ points: [Point], requireClosed: Bool = true) throws(GeometryError) -> Ring {
        guard points.allSatisfy(\.isFinite) else { throw .notFinite }
        var open = points
        if let first = points.first, let last = points.last, points.count > 1 {
            if first.distance(to: last) <= closingTolerance {
                open.removeLast()
            } else if requireClosed {
                throw .notClosed(first: first, last: last)
            }
        }
        var distinct: [Point] = []
        for p in open where distinct.last.map({ $0.distance(to: p) > closingTolerance }) ?? true {
            distinct.append(p)
        }
        if distinct.count > 1, let first = distinct.first, let last = distinct.last, first.distance(to: last) <= closingTolerance {
            distinct.removeLast()
        }
        guard distinct.count >= 3 else { throw .tooFewPoints(count: distinct.count) }
        let ring = Ring(unchecked: distinct)
        if let crossing = ring.firstSelfIntersection() { throw .selfIntersection(at: crossing) }
        guard abs(ring.signedArea) > 0 else { throw .zeroArea }
        return ring
    }

    /// Points closer than this (1 mm) count as the same point when closing a ring.
    public static let closingTolerance = 1e-3

    public var edges: [Segment] {
        points.indices.map { Segment(points[$0], points[($0 + 1) % points.count]) }
    }

    /// Shoelace area, positive for counter-clockwise rings. Computed around the first point so that
    /// large UTM coordinates do not cost precision.
    public var signedArea: Double {
        guard let origin = points.first else { return 0 }
        var sum = 0.0
        for i in points.indices {
            sum += Point.cross(points[i] - origin, points[(i + 1) % points.count] - origin)
        }
        return sum / 2
    }

    public var area: Double { abs(signedArea) }
    public var isCounterClockwise: Bool { signedArea > 0 }
    public var perimeter: Double { edges.reduce(0) { $0 + $1.length } }
    public var boundingBox: BoundingBox { BoundingBox(points: points) ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0) }

    public func oriented(counterClockwise: Bool) -> Ring {
        isCounterClockwise == counterClockwise ? self : Ring(unchecked: points.reversed())
    }

    public func translated(by offset: Point) -> Ring { Ring(unchecked: points.map { $0 + offset }) }

    /// The same ring starting at another vertex.
    public func rotated(by steps: Int) -> Ring {
        guard !points.isEmpty else { return self }
        let k = ((steps % points.count) + points.count) % points.count
        return Ring(unchecked: Array(points[k...] + points[..<k]))
    }

    /// GeoJSON-style coordinates: the first point repeated at the end.
    public var closedPoints: [Point] { points + (points.first.map { [$0] } ?? []) }

    /// The first point where two non-adjacent edges meet, if any (O(n²) with a bounding-box filter).
    public func firstSelfIntersection() -> Point? {
        let edges = self.edges
        let n = edges.count
        let boxes = edges.map { BoundingBox(points: [$0.a, $0.b]) ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        for i in 0..<n {
            for j in (i + 1)..<n {
                let adjacent = j == i + 1 || (i == 0 && j == n - 1)
                guard boxes[i].intersects(boxes[j]) else { continue }
                let hits = edges[i].parameters(crossing: edges[j])
                if adjacent {
                    // Neighbours share one end; a second shared point means they fold back.
                    if hits.count == 2 { return edges[i].point(at: hits[0]) }
                    if n == 3 { continue }
                    if let t = hits.first, !(t < 1e-9 || t > 1 - 1e-9) { return edges[i].point(at: t) }
                    continue
                }
                if let t = hits.first { return edges[i].point(at: t) }
            }
        }
        return nil
    }
}
