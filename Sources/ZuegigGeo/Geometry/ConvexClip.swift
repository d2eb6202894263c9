// Sutherland-Hodgman clipping of a polygon by a convex one: exact for convex clip windows, which is
// all the setback check needs (wall strips and road halves are convex).
public enum ConvexClip {
    /// The part of `subject` inside the convex `window`, or nil when they do not overlap.
    public static func intersection(_ subject: Ring, _ window: Ring) -> Ring? {
        var output = subject.oriented(counterClockwise: true).points
        let clip = window.oriented(counterClockwise: true).points
        for i in clip.indices {
            let a = clip[i], b = clip[(i + 1) % clip.count]
            let input = output
            output = []
            guard let last = input.last else { return nil }
            var previous = last
            for current in input {
                let currentInside = Point.cross(b - a, current - a) >= 0
                let previousInside = Point.cross(b - a, previous - a) >= 0
                if currentInside {
                    if !previousInside, let p = crossing(previous, current, a, b) { output.append(p) }
                    output.append(current)
                } else if previousInside, let p = crossing(previous, current, a, b) {
                    output.append(p)
                }
                previous = current
            }
        }
        guard output.count >= 3 else { return nil }
        let ring = Ring(unchecked: output)
        return ring.area > 0 ? ring : nil
    }

    static func crossing(_ p: Point, _ q: Point, _ a: Point, _ b: Point) -> Point? {
        let r = q - p, s = b - a
        let denominator = Point.cross(r, s)
        guard denominator != 0 else { return nil }
        let t = Point.cross(a - p, s) / denominator
        return p + r * t
    }
}
