// Reads GML 3.2 geometries as XPlanGML uses them (the XPlanung GML profile): Polygon, Surface with
// PolygonPatch, MultiSurface, LinearRing or Ring of curve members, LineString, Curve with
// LineStringSegment / Arc / ArcString / Circle segments, MultiCurve, CompositeCurve. Arcs become
// polylines (see ArcApproximation).
public enum GMLGeometryReader {
    public struct Geometry: Sendable {
        public var polygons: [Polygon] = []
        public var lines: [[Point]] = []
        public var srsName: String?
    }

    /// Reads every geometry under a property element (e.g. `position`).
    public static func read(_ property: XMLNode, inheritedSRS: String?) throws(GeometryError) -> Geometry {
        var geometry = Geometry()
        for node in property.children {
            try collect(node, srs: node.attribute("srsName") ?? inheritedSRS, dimension: 2, into: &geometry)
        }
        return geometry
    }

    static func collect(_ node: XMLNode, srs: String?, dimension: Int, into geometry: inout Geometry) throws(GeometryError) {
        let srs = node.attribute("srsName") ?? srs
        let dimension = node.attribute("srsDimension").flatMap(Int.init) ?? dimension
        if geometry.srsName == nil { geometry.srsName = srs }
        switch node.name {
        case "Polygon", "PolygonPatch":
            geometry.polygons.append(try polygon(node, dimension: dimension))
        case "Surface":
            for patch in node.child("patches")?.children ?? [] {
                try collect(patch, srs: srs, dimension: dimension, into: &geometry)
            }
        case "MultiSurface", "MultiCurve", "CompositeCurve", "MultiPoint":
            for member in node.children where member.name.hasSuffix("Member") || member.name.hasSuffix("Members") {
                for inner in member.children { try collect(inner, srs: srs, dimension: dimension, into: &geometry) }
            }
        case "LineString", "Curve":
            geometry.lines.append(try curve(node, dimension: dimension))
        case "Point":
            break // Points (e.g. label positions) carry no area or line.
        default:
            throw .malformed("GML-Geometrie \(node.name) (Zeile \(node.line)) wird nicht unterstützt.")
        }
    }

    static func polygon(_ node: XMLNode, dimension: Int) throws(GeometryError) -> Polygon {
        guard let exterior = node.child("exterior")?.children.first else {
            throw .malformed("Polygon ohne äußeren Ring (Zeile \(node.line)).")
        }
        let outer = try ring(exterior, dimension: dimension)
        var holes: [[Point]] = []
        for interior in node.children("interior") {
            if let ringNode = interior.children.first { holes.append(try ring(ringNode, dimension: dimension)) }
        }
        do {
            return try Polygon.validated(exterior: outer, holes: holes)
        } catch {
            throw .malformed("\(error.description) (Polygon in Zeile \(node.line))")
        }
    }

    static func ring(_ node: XMLNode, dimension: Int) throws(GeometryError) -> [Point] {
        let dimension = node.attribute("srsDimension").flatMap(Int.init) ?? dimension
        switch node.name {
        case "LinearRing":
            return try positions(node, dimension: dimension)
        case "Ring":
            var points: [Point] = []
            for member in node.children("curveMember") {
                for curveNode in member.children { append(try curve(curveNode, dimension: dimension), to: &points) }
            }
            return points
        default:
            throw .malformed("Ringtyp \(node.name) (Zeile \(node.line)) wird nicht unterstützt.")
        }
    }

    static func curve(_ node: XMLNode, dimension: Int) throws(GeometryError) -> [Point] {
        let dimension = node.attribute("srsDimension").flatMap(Int.init) ?? dimension
        switch node.name {
        case "LineString", "LineStringSegment":
            return try positions(node, dimension: dimension)
        case "Curve":
            var points: [Point] = []
            for segment in node.child("segments")?.children ?? [] { append(try curve(segment, dimension: dimension), to: &points) }
            return points
        case "Arc", "ArcString":
            let p = try positions(node, dimension: dimension)
            guard p.count >= 3, p.count % 2 == 1 else { throw .malformed("\(node.name) braucht 3, 5, 7 … Punkte (Zeile \(node.line)).") }
            var points: [Point] = []
            for i in stride(from: 0, to: p.count - 2, by: 2) { append(ArcApproximation.arc(p[i], p[i + 1], p[i + 2]), to: &points) }
            return points
        case "Circle":
            let p = try positions(node, dimension: dimension)
            guard p.count == 3 else { throw .malformed("Circle braucht 3 Punkte (Zeile \(node.line)).") }
            return ArcApproximation.circle(p[0], p[1], p[2])
        case "CompositeCurve":
            var points: [Point] = []
            for member in node.children("curveMember") {
                for inner in member.children { append(try curve(inner, dimension: dimension), to: &points) }
            }
            return points
        default:
            throw .malformed("Kurventyp \(node.name) (Zeile \(node.line)) wird nicht unterstützt.")
        }
    }

    /// Joins polylines, dropping the repeated joint.
    static func append(_ part: [Point], to points: inout [Point]) {
        if let last = points.last, let first = part.first, last.distance(to: first) <= Ring.closingTolerance {
            points.append(contentsOf: part.dropFirst())
        } else {
            points.append(contentsOf: part)
        }
    }

    /// Coordinates from `posList` or a sequence of `pos` elements.
    static func positions(_ node: XMLNode, dimension: Int) throws(GeometryError) -> [Point] {
        if let list = node.child("posList") {
            let dimension = list.attribute("srsDimension").flatMap(Int.init) ?? dimension
            return try parse(list.text, dimension: dimension, line: list.line)
        }
        let single = node.children("pos")
        guard !single.isEmpty else { throw .malformed("\(node.name) ohne Koordinaten (Zeile \(node.line)).") }
        var points: [Point] = []
        for pos in single { points.append(contentsOf: try parse(pos.text, dimension: dimension, line: pos.line)) }
        return points
    }

    static func parse(_ text: String, dimension: Int, line: Int) throws(GeometryError) -> [Point] {
        var numbers: [Double] = []
        numbers.reserveCapacity(text.utf8.count / 8)
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            guard let value = Double(token) else { throw .malformed("\"\(token.prefix(20))\" ist keine Koordinate (Zeile \(line)).") }
            numbers.append(value)
        }
        let step = max(2, dimension)
        guard numbers.count % step == 0 else {
            throw .malformed("Die Koordinatenliste (Zeile \(line)) hat \(numbers.count) Zahlen, nicht ein Vielfaches von \(step).")
        }
        return stride(from: 0, to: numbers.count, by: step).map { Point(numbers[$0], numbers[$0 + 1]) }
    }
}
