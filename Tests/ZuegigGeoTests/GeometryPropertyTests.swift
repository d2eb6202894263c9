// Property tests of the geometry core on random simple polygons: invariants under translation and
// vertex rotation, containment, intersection areas, wall strips; and refusals of bad rings.
import Foundation
import Testing
@testable import ZuegigGeo

struct GeometryPropertyTests {
    /// A deterministic generator (SplitMix64) so that failures can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    /// A random star-shaped polygon around a centre (always simple): sorted angles, random radii.
    static func star(_ random: inout Random, centre: Point, vertices: Int) -> Polygon {
        var angles = (0..<vertices).map { Double($0) / Double(vertices) * 2 * Double.pi + random.next() * 0.5 / Double(vertices) }
        angles.sort()
        let points = angles.map { a -> Point in
            let r = 5 + random.next() * 20
            return Point(centre.x + r * cos(a), centre.y + r * sin(a))
        }
        return Polygon(exterior: Ring(unchecked: points))
    }

    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: seeds)
    func areaIsInvariantUnderTranslationAndVertexRotation(seed: UInt64) {
        var random = Random(state: seed)
        let polygon = Self.star(&random, centre: Point(390_000, 5_819_000), vertices: 3 + Int(random.next() * 30))
        let moved = polygon.translated(by: Point(random.next() * 1000 - 500, random.next() * 1000 - 500))
        let rotated = Polygon(exterior: polygon.exterior.rotated(by: Int(random.next() * 100)))
        let reversed = Polygon(exterior: Ring(unchecked: polygon.exterior.points.reversed()))
        #expect(abs(moved.area - polygon.area) < 1e-6)
        #expect(abs(rotated.area - polygon.area) < 1e-6)
        #expect(abs(reversed.area - polygon.area) < 1e-6)
        #expect(polygon.exterior.firstSelfIntersection() == nil)
    }

    @Test(arguments: seeds)
    func intersectionWithItselfIsItsAreaAndIsSymmetric(seed: UInt64) {
        var random = Random(state: seed)
        let a = Self.star(&random, centre: Point(1000, 2000), vertices: 4 + Int(random.next() * 20))
        let b = Self.star(&random, centre: Point(1000 + random.next() * 30 - 15, 2000 + random.next() * 30 - 15), vertices: 4 + Int(random.next() * 20))
        let ab = a.region.intersectionArea(with: b.region)
        let ba = b.region.intersectionArea(with: a.region)
        #expect(abs(a.region.intersectionArea(with: a.region) - a.area) < 1e-6)
        #expect(abs(ab - ba) < 1e-6)
        #expect(ab <= min(a.area, b.area) + 1e-6)
        // Inclusion-exclusion with a random split of the plane: A∩B = A∩B∩H + A∩B∩(not H).
        let half = Polygon.rectangle(x: 900, y: 1900, width: 100 + random.next() * 10, height: 300)
        let rest = Polygon.rectangle(x: 1000 + (half.boundingBox.maxX - 1000), y: 1900, width: 300, height: 300)
        let left = Region(polygons: [a]).intersectionArea(with: Region(polygons: [half]))
        let right = Region(polygons: [a]).intersectionArea(with: Region(polygons: [rest]))
        #expect(abs(left + right - a.area) < 1e-6)
    }

    @Test(arguments: seeds)
    func pointsNearTheCentreAreInsideAndFarPointsOutside(seed: UInt64) {
        var random = Random(state: seed)
        let centre = Point(500, 500)
        let polygon = Self.star(&random, centre: centre, vertices: 5 + Int(random.next() * 20))
        #expect(polygon.region.locate(Point(centre.x + 1, centre.y + 1)) == .inside)
        #expect(polygon.region.locate(Point(centre.x + 40, centre.y)) == .outside)
        // A vertex is on the boundary.
        if case .boundary = polygon.region.locate(polygon.exterior.points[0]) {} else { Issue.record("vertex not on boundary") }
        // Centroid of a translated polygon moves by the same offset.
        let offset = Point(123.5, -77.25)
        let moved = polygon.translated(by: offset).centroid
        #expect(moved.distance(to: polygon.centroid + offset) < 1e-6)
    }

    @Test(arguments: seeds)
    func wallStripsHaveWallLengthTimesDepthAndLieOutside(seed: UInt64) {
        var random = Random(state: seed)
        let footprint = Polygon.rectangle(x: random.next() * 100, y: random.next() * 100, width: 5 + random.next() * 20, height: 5 + random.next() * 20)
        let depth = 3 + random.next() * 5
        let strips = WallStrip.strips(of: footprint, depth: depth)
        #expect(strips.count == 4)
        for strip in strips {
            #expect(abs(strip.polygon.area - strip.wallSegment.length * depth) < 1e-6)
            #expect(strip.polygon.region.intersectionArea(with: footprint.region) < 1e-6)
        }
        // For a rectangle, the strips plus the corner squares plus the footprint make the offset box.
        let box = footprint.boundingBox.expanded(by: depth)
        let total = strips.reduce(footprint.area) { $0 + $1.polygon.area } + 4 * depth * depth
        #expect(abs(total - box.width * box.height) < 1e-6)
    }

    @Test func handComputedAreasAndContainment() throws {
        // L-shape: 10x10 square minus a 5x5 corner = 75 m².
        let l = try Polygon.validated(exterior: [Point(0, 0), Point(10, 0), Point(10, 5), Point(5, 5), Point(5, 10), Point(0, 10), Point(0, 0)])
        #expect(l.area == 75)
        // With a 2x2 hole: 71 m².
        let holed = try Polygon.validated(exterior: l.exterior.closedPoints.map { $0 }, holes: [[Point(1, 1), Point(3, 1), Point(3, 3), Point(1, 3), Point(1, 1)]])
        #expect(holed.area == 71)
        // A 4x4 square at (4,4) overlaps the L in the part x 4..5, y 4..8 and x 5..8, y 4..5 = 4 + 3 = 7 m².
        let square = Polygon.rectangle(x: 4, y: 4, width: 4, height: 4)
        #expect(abs(l.region.intersectionArea(with: square.region) - 7) < 1e-9)
        // The hole removes its overlap: square at (0,0) 2x2 overlaps the hole in 1x1 -> 4 - 1 = 3.
        #expect(abs(holed.region.intersectionArea(with: Polygon.rectangle(x: 0, y: 0, width: 2, height: 2).region) - 3) < 1e-9)
        // Touching along an edge: no area; identical: full area.
        #expect(Polygon.rectangle(x: 10, y: 0, width: 3, height: 3).region.intersectionArea(with: l.region) == 0)
        #expect(l.region.areaOutside(l.region) < 1e-9)
        // A building touching the boundary from inside lies completely inside.
        #expect(Polygon.rectangle(x: 0, y: 0, width: 2, height: 2).region.areaOutside(l.region) < 1e-9)
        #expect(l.region.lengthInside([Point(-5, 2), Point(15, 2)]) == 10)
    }

    @Test func refusesOpenSelfIntersectingAndDegenerateRings() {
        #expect(throws: GeometryError.self) { try Ring.validated([Point(0, 0), Point(1, 0), Point(1, 1)]) }
        #expect(throws: GeometryError.selfIntersection(at: Point(1, 1))) {
            try Ring.validated([Point(0, 0), Point(2, 2), Point(2, 0), Point(0, 2), Point(0, 0)])
        }
        #expect(throws: GeometryError.tooFewPoints(count: 2)) { try Ring.validated([Point(0, 0), Point(1, 0), Point(0, 0)]) }
        #expect(throws: GeometryError.self) { try Ring.validated([Point(0, 0), Point(1, 0), Point(2, 0), Point(0, 0)]) }
        #expect(throws: GeometryError.notFinite) { try Ring.validated([Point(0, 0), Point(.nan, 0), Point(1, 1), Point(0, 0)]) }
        let open = GeometryError.notClosed(first: Point(0, 0), last: Point(1, 1))
        #expect(open.description.contains("nicht geschlossen"))
    }

    @Test func arcsAreApproximatedOnTheirCircle() {
        let points = ArcApproximation.arc(Point(10, 0), Point(0, 10), Point(-10, 0))
        #expect(points.first == Point(10, 0))
        #expect(points.last == Point(-10, 0))
        #expect(points.allSatisfy { abs($0.length - 10) < 1e-9 && $0.y >= -1e-9 })
        let circle = Polygon(exterior: Ring(unchecked: Array(ArcApproximation.circle(Point(1, 0), Point(0, 1), Point(-1, 0)).dropLast())))
        #expect(abs(circle.area - Double.pi) < 0.01)
    }
}
