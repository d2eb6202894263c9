// A planar region bounded by oriented rings: exteriors counter-clockwise, holes clockwise. Several
// polygons that do not overlap form one region. Intersection areas come from Green's theorem: the
// boundary of A ∩ B is the part of A's boundary inside B plus the part of B's boundary inside A, so
// no polygon clipping library is needed and holes and concave shapes need no special case.
public struct Region: Sendable {
    public let rings: [Ring]
    let edges: [Segment]
    let edgeBoxes: [BoundingBox]
    public let boundingBox: BoundingBox?

    public init(rings: [Ring]) {
        self.rings = rings
        let edges = rings.flatMap(\.edges)
        self.edges = edges
        self.edgeBoxes = edges.map { BoundingBox(points: [$0.a, $0.b]) ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        self.boundingBox = rings.map(\.boundingBox).reduce(nil) { (sum: BoundingBox?, box: BoundingBox) in sum.map { $0.union(box) } ?? box }
    }

    public init(polygons: [Polygon]) {
        self.init(rings: polygons.flatMap(\.rings))
    }

    public var area: Double { rings.reduce(0) { $0 + $1.signedArea } }

    public enum Location: Equatable, Sendable {
        case inside, outside
        /// On an edge; the vector is that edge's direction.
        case boundary(direction: Point)
    }

    /// Where a point lies. Boundary within `tolerance` metres; otherwise the even-odd rule.
    public func locate(_ p: Point, tolerance: Double = Segment.collinearTolerance) -> Location {
        if let box = boundingBox, !box.intersects(BoundingBox(minX: p.x, minY: p.y, maxX: p.x, maxY: p.y), margin: tolerance) {
            return .outside
        }
        var inside = false
        for (index, edge) in edges.enumerated() {
            let box = edgeBoxes[index]
            if p.x >= box.minX - tolerance, p.x <= box.maxX + tolerance, p.y >= box.minY - tolerance, p.y <= box.maxY + tolerance,
               edge.distance(to: p) <= tolerance {
                return .boundary(direction: edge.vector)
            }
            let a = edge.a, b = edge.b
            if (a.y > p.y) != (b.y > p.y) {
                let x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)
                if p.x < x { inside.toggle() }
            }
        }
        return inside ? .inside : .outside
    }

    public func contains(_ p: Point) -> Bool { locate(p) != .outside }

    /// The pieces of a segment split where it meets this region's boundary, each with its location.
    public func split(_ segment: Segment) -> [(piece: Segment, location: Location)] {
        var cuts: [Double] = [0, 1]
        let box = BoundingBox(points: [segment.a, segment.b])
        for (index, edge) in edges.enumerated() where box.map({ edgeBoxes[index].intersects($0, margin: Segment.collinearTolerance) }) ?? false {
            cuts.append(contentsOf: segment.parameters(crossing: edge))
        }
        cuts.sort()
        var pieces: [(Segment, Location)] = []
        for (t0, t1) in zip(cuts, cuts.dropFirst()) where t1 - t0 > 1e-12 {
            let piece = Segment(segment.point(at: t0), segment.point(at: t1))
            pieces.append((piece, locate(piece.midpoint)))
        }
        return pieces
    }

    /// The area of this region's intersection with another (exact up to floating point).
    public func intersectionArea(with other: Region) -> Double {
        guard let mine = boundingBox, let theirs = other.boundingBox, mine.intersects(theirs) else { return 0 }
        let origin = Point(mine.minX, mine.minY)
        var twiceArea = 0.0
        for edge in edges {
            for (piece, location) in other.split(edge) {
                switch location {
                case .inside: twiceArea += Point.cross(piece.a - origin, piece.b - origin)
                case .boundary(let direction) where Point.dot(direction, piece.vector) > 0:
                    // Shared boundary running the same way: count it once, from this side.
                    twiceArea += Point.cross(piece.a - origin, piece.b - origin)
                default: break
                }
            }
        }
        for edge in other.edges {
            for (piece, location) in split(edge) where location == .inside {
                twiceArea += Point.cross(piece.a - origin, piece.b - origin)
            }
        }
        return max(0, twiceArea / 2)
    }

    /// The area of this region that lies outside the other.
    public func areaOutside(_ other: Region) -> Double { max(0, area - intersectionArea(with: other)) }

    /// The length of a polyline that lies inside this region (boundary counts as inside).
    public func lengthInside(_ line: [Point]) -> Double {
        var total = 0.0
        for (a, b) in zip(line, line.dropFirst()) {
            for (piece, location) in split(Segment(a, b)) where location != .outside { total += piece.length }
        }
        return total
    }

    /// The distance from a point to the nearest boundary edge.
    public func distanceToBoundary(_ p: Point) -> Double {
        edges.reduce(Double.infinity) { min($0, $1.distance(to: p)) }
    }

    /// Whether any boundary edges of the two regions cross properly.
    public func boundariesCross(_ other: Region) -> Bool {
        for (i, e) in edges.enumerated() {
            for (j, f) in other.edges.enumerated() where edgeBoxes[i].intersects(other.edgeBoxes[j]) && e.crossesProperly(f) {
                return true
            }
        }
        return false
    }
}
