// A straight line segment: distances, and where two segments meet.
public struct Segment: Hashable, Sendable {
    public var a: Point
    public var b: Point

    public init(_ a: Point, _ b: Point) {
        self.a = a
        self.b = b
    }

    public var vector: Point { b - a }
    public var length: Double { vector.length }
    public var midpoint: Point { Point((a.x + b.x) / 2, (a.y + b.y) / 2) }

    public func point(at t: Double) -> Point { a + vector * t }

    /// The parameter of the point on the segment's line nearest to p (0 at a, 1 at b).
    public func projection(of p: Point) -> Double {
        let v = vector
        let lengthSquared = Point.dot(v, v)
        return lengthSquared == 0 ? 0 : Point.dot(p - a, v) / lengthSquared
    }

    public func distance(to p: Point) -> Double {
        let t = min(1, max(0, projection(of: p)))
        return point(at: t).distance(to: p)
    }

    /// The shortest distance between two segments (zero when they touch or cross).
    public func distance(to other: Segment) -> Double {
        if !parameters(crossing: other).isEmpty { return 0 }
        return min(distance(to: other.a), distance(to: other.b), other.distance(to: a), other.distance(to: b))
    }

    /// Parameters on this segment (0...1) where it meets the other one: one value for a crossing or
    /// touching point, the ends of the shared part for collinear overlapping segments, none otherwise.
    public func parameters(crossing other: Segment, tolerance: Double = 1e-9) -> [Double] {
        let r = vector
        let s = other.vector
        let denominator = Point.cross(r, s)
        let qp = other.a - a
        let scale = max(r.length * s.length, 1e-300)
        if abs(denominator) > tolerance * scale {
            let t = Point.cross(qp, s) / denominator
            let u = Point.cross(qp, r) / denominator
            let slack = 1e-12
            guard t >= -slack, t <= 1 + slack, u >= -slack, u <= 1 + slack else { return [] }
            return [min(1, max(0, t))]
        }
        // Parallel: they meet only when collinear.
        guard r.length > 0, abs(Point.cross(qp, r)) / r.length <= Self.collinearTolerance else { return [] }
        let t0 = projection(of: other.a)
        let t1 = projection(of: other.b)
        let low = max(0, min(t0, t1))
        let high = min(1, max(t0, t1))
        guard low <= high else { return [] }
        return low == high ? [low] : [low, high]
    }

    /// Whether the segments cross at a point inside both (not at an end, not collinear).
    public func crossesProperly(_ other: Segment) -> Bool {
        let d1 = Point.cross(other.b - other.a, a - other.a)
        let d2 = Point.cross(other.b - other.a, b - other.a)
        let d3 = Point.cross(b - a, other.a - a)
        let d4 = Point.cross(b - a, other.b - a)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    /// Distance in metres below which points count as lying on a line (1 µm).
    public static let collinearTolerance = 1e-6
}
