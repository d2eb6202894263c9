// A point in a projected, metric coordinate system (ETRS89/UTM: x = easting, y = northing).
public struct Point: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static func + (a: Point, b: Point) -> Point { Point(a.x + b.x, a.y + b.y) }
    public static func - (a: Point, b: Point) -> Point { Point(a.x - b.x, a.y - b.y) }
    public static func * (a: Point, k: Double) -> Point { Point(a.x * k, a.y * k) }

    /// The z component of the cross product of the vectors a and b.
    public static func cross(_ a: Point, _ b: Point) -> Double { a.x * b.y - a.y * b.x }
    public static func dot(_ a: Point, _ b: Point) -> Double { a.x * b.x + a.y * b.y }

    public var length: Double { (x * x + y * y).squareRoot() }
    public func distance(to other: Point) -> Double { (self - other).length }
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
