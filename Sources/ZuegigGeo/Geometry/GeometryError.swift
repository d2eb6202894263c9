// Why a geometry was refused; the descriptions are German because they reach case workers.
public enum GeometryError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooFewPoints(count: Int)
    case notClosed(first: Point, last: Point)
    case notFinite
    case selfIntersection(at: Point)
    case zeroArea
    case malformed(String)

    public var description: String {
        switch self {
        case .tooFewPoints(let count):
            "Ein Ring braucht mindestens drei verschiedene Punkte (gefunden: \(count))."
        case .notClosed(let first, let last):
            "Der Ring ist nicht geschlossen: der erste Punkt (\(Self.format(first))) und der letzte (\(Self.format(last))) müssen gleich sein."
        case .notFinite:
            "Die Geometrie enthält ungültige Koordinaten (keine endlichen Zahlen)."
        case .selfIntersection(let point):
            "Das Polygon schneidet sich selbst bei \(Self.format(point))."
        case .zeroArea:
            "Das Polygon hat keine Fläche."
        case .malformed(let reason):
            "Die Geometrie ist fehlerhaft: \(reason)"
        }
    }

    static func format(_ p: Point) -> String {
        let x = (p.x * 1000).rounded() / 1000
        let y = (p.y * 1000).rounded() / 1000
        return "\(x) \(y)"
    }
}
