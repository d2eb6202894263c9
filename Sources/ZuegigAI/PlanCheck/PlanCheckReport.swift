// The JSON form of a plan check (`zuegig plan check`, the API); schema in docs/plan-check.schema.json.
import ZuegigGeo

public struct PlanCheckReport: Codable, Sendable {
    public struct Summary: Codable, Sendable {
        public var overall: FindingStatus
        public var ok: Int
        public var violation: Int
        public var manualReview: Int
    }

    public struct PolygonGeometry: Codable, Sendable {
        public var type = "Polygon"
        public var coordinates: [[[Double]]]

        init(_ polygon: Polygon) {
            coordinates = polygon.rings.map { ring in ring.closedPoints.map { [Self.round($0.x), Self.round($0.y)] } }
        }

        static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    }

    public struct Setback: Codable, Sendable {
        public var building: String
        public var wall: Int
        public var facing: String
        public var depth: Double
        public var outsideArea: Double
        public var overlapArea: Double
        public var status: FindingStatus
        public var geometry: PolygonGeometry
    }

    public var formatVersion = 1
    public var plan: DevelopmentPlanSummary
    public var zone: PlanFeatureSummary?
    public var summary: Summary
    public var findings: [PlanFinding]
    public var setbackAreas: [Setback]
    public var warnings: [String]

    public init(_ result: PlanCheckResult) {
        plan = result.plan
        zone = result.zone
        summary = Summary(overall: result.overall, ok: result.count(.ok), violation: result.count(.violation), manualReview: result.count(.manualReview))
        findings = result.findings
        setbackAreas = result.setbackAreas.map { area in
            Setback(building: area.building, wall: area.strip.wall + 1, facing: area.strip.facing, depth: PolygonGeometry.round(area.strip.depth),
                    outsideArea: PolygonGeometry.round(area.outsideArea), overlapArea: PolygonGeometry.round(area.overlapArea),
                    status: area.isViolation ? .violation : .ok, geometry: PolygonGeometry(area.strip.polygon))
        }
        warnings = result.warnings
    }
}
