// One finding of the plan check: what was measured, the limit, where the limit comes from.
import ZuegigGeo
public struct PlanFinding: Hashable, Sendable, Codable {
    public struct FeatureReference: Hashable, Sendable, Codable {
        public var type: String
        public var gmlID: String
    }

    /// Stable code of the check: use, grz, grz19-4, gr, gfz, gf, storeys, height, buildingLimit,
    /// buildingLine, setback, setbackOverlap, location.
    public var check: String
    public var title: String
    public var status: FindingStatus
    public var measured: Double?
    public var limit: Double?
    public var unit: String?
    /// The building the finding is about, where it concerns one.
    public var building: String?
    public var planFeature: FeatureReference?
    public var legalBasis: String
    public var message: String

    public init(check: String, title: String, status: FindingStatus, measured: Double? = nil, limit: Double? = nil, unit: String? = nil,
                building: String? = nil, planFeature: PlanFeature? = nil, legalBasis: String, message: String) {
        self.check = check
        self.title = title
        self.status = status
        self.measured = measured.map { ($0 * 1000).rounded() / 1000 }
        self.limit = limit.map { ($0 * 1000).rounded() / 1000 }
        self.unit = unit
        self.building = building
        self.planFeature = planFeature.map { FeatureReference(type: $0.kind.rawValue, gmlID: $0.gmlID) }
        self.legalBasis = legalBasis
        self.message = message
    }
}
