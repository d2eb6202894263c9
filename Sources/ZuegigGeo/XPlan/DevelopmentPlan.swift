// A development plan (Bebauungsplan) read from XPlanGML: its scope, areas and evaluated features,
// and an honest list of what was not evaluated.
public struct DevelopmentPlan: Hashable, Sendable, Codable {
    public var gmlID: String
    public var name: String
    public var number: String?
    public var municipality: String?
    /// "5.3", "6.0", ...
    public var version: String
    public var srsName: String?
    /// The plan's scope (raeumlicherGeltungsbereich), or the union of its areas' scopes.
    public var scope: [Polygon]
    public var areas: [PlanArea]
    public var features: [PlanFeature]
    /// Feature types not evaluated, with how many were found (they stay in the stored source file).
    public var otherFeatures: [String: Int]
    /// Properties of evaluated features that are not evaluated ("BP_BaugebietsTeilFlaeche/dachform").
    public var otherProperties: [String: Int]
    /// Problems found while reading (invalid geometry, mixed coordinate systems ...), in German.
    public var warnings: [String]

    public init(gmlID: String, name: String, number: String? = nil, municipality: String? = nil, version: String, srsName: String? = nil,
                scope: [Polygon] = [], areas: [PlanArea] = [], features: [PlanFeature] = [], otherFeatures: [String: Int] = [:],
                otherProperties: [String: Int] = [:], warnings: [String] = []) {
        self.gmlID = gmlID
        self.name = name
        self.number = number
        self.municipality = municipality
        self.version = version
        self.srsName = srsName
        self.scope = scope
        self.areas = areas
        self.features = features
        self.otherFeatures = otherFeatures
        self.otherProperties = otherProperties
        self.warnings = warnings
    }

    public func features(_ kind: PlanFeatureKind) -> [PlanFeature] { features.filter { $0.kind == kind } }

    /// The scope polygons used to find which cases lie in the plan.
    public var coverage: [Polygon] { scope.isEmpty ? areas.flatMap(\.scope) : scope }

    public var boundingBox: BoundingBox? {
        BoundingBox(points: coverage.flatMap(\.exterior.points) + features.flatMap { $0.polygons.flatMap(\.exterior.points) })
    }
}
