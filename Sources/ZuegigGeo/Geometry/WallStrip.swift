// The rectangle in front of one outer wall, as the building codes define setback areas
// (Abstandsflächen): as long as the wall, as deep as the required distance, on the outer side.
import Foundation

public struct WallStrip: Hashable, Sendable {
    /// Index of the wall (edge) in the counter-clockwise footprint, starting at 0.
    public let wall: Int
    public let wallSegment: Segment
    public let depth: Double
    public let polygon: Polygon

    /// The compass direction the wall faces, in German (N, NO, O, ...), for messages.
    public var facing: String {
        let v = wallSegment.vector
        // Outward normal of a counter-clockwise ring points to the right of the edge.
        let angle = atan2Degrees(y: -v.x, x: v.y)
        let names = ["O", "NO", "N", "NW", "W", "SW", "S", "SO"]
        let index = Int(((angle + 360 + 22.5).truncatingRemainder(dividingBy: 360)) / 45) % 8
        return names[index]
    }

    /// One strip per wall of the footprint's exterior ring.
    public static func strips(of footprint: Polygon, depth: Double) -> [WallStrip] {
        footprint.exterior.edges.enumerated().compactMap { index, edge in
            let v = edge.vector
            let length = v.length
            guard length > 0, depth > 0 else { return nil }
            let normal = Point(v.y / length, -v.x / length) * depth
            let ring = Ring(unchecked: [edge.a, edge.a + normal, edge.b + normal, edge.b])
            return WallStrip(wall: index, wallSegment: edge, depth: depth, polygon: Polygon(exterior: ring))
        }
    }
}

private func atan2Degrees(y: Double, x: Double) -> Double { atan2(y, x) * 180 / Double.pi }
