// Circular arcs (GML Arc, ArcString, Circle: three points on the circle) as polylines.
import Foundation

public enum ArcApproximation {
    /// Largest angle one chord may span (5°: at 10 m radius the chord strays 1 cm from the arc).
    public static let maxStepDegrees = 5.0

    /// Points from start through mid to end, start and end included. Collinear points give a line.
    public static func arc(_ start: Point, _ mid: Point, _ end: Point) -> [Point] {
        guard let center = circumcenter(start, mid, end) else { return [start, mid, end] }
        let radius = center.distance(to: start)
        let a0 = angle(center, start), am = angle(center, mid), a1 = angle(center, end)
        // Direction: counter-clockwise if mid lies on the ccw sweep from start to end.
        let ccwSweep = normalised(a1 - a0)
        let ccw = normalised(am - a0) < ccwSweep
        let sweep = ccw ? ccwSweep : -(2 * Double.pi - ccwSweep)
        return points(center: center, radius: radius, from: a0, sweep: sweep, start: start, end: end)
    }

    /// A full circle through three points, closed (the first point repeated at the end).
    public static func circle(_ p1: Point, _ p2: Point, _ p3: Point) -> [Point] {
        guard let center = circumcenter(p1, p2, p3) else { return [p1, p2, p3, p1] }
        let radius = center.distance(to: p1)
        let ccw = Point.cross(p2 - p1, p3 - p1) > 0
        return points(center: center, radius: radius, from: angle(center, p1), sweep: ccw ? 2 * Double.pi : -2 * Double.pi, start: p1, end: p1)
    }

    static func points(center: Point, radius: Double, from a0: Double, sweep: Double, start: Point, end: Point) -> [Point] {
        let steps = max(2, Int((abs(sweep) * 180 / Double.pi / maxStepDegrees).rounded(.up)))
        var result = [start]
        for k in 1..<steps {
            let a = a0 + sweep * Double(k) / Double(steps)
            result.append(Point(center.x + radius * cos(a), center.y + radius * sin(a)))
        }
        result.append(end)
        return result
    }

    static func circumcenter(_ a: Point, _ b: Point, _ c: Point) -> Point? {
        let ab = b - a, ac = c - a
        let d = 2 * Point.cross(ab, ac)
        let scale = max(ab.length * ac.length, 1e-12)
        guard abs(d) > 1e-9 * scale else { return nil }
        let ab2 = Point.dot(ab, ab), ac2 = Point.dot(ac, ac)
        let ux = (ac.y * ab2 - ab.y * ac2) / d
        let uy = (ab.x * ac2 - ac.x * ab2) / d
        return Point(a.x + ux, a.y + uy)
    }

    static func angle(_ center: Point, _ p: Point) -> Double { atan2(p.y - center.y, p.x - center.x) }

    static func normalised(_ a: Double) -> Double {
        let full = 2 * Double.pi
        let r = a.truncatingRemainder(dividingBy: full)
        return r < 0 ? r + full : r
    }
}
