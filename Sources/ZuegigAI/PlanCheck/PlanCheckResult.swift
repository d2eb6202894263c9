// Everything a plan check found: the zone it used, the findings, the setback areas, warnings.
public struct PlanCheckResult: Sendable {
    public var plan: DevelopmentPlanSummary
    public var zone: PlanFeatureSummary?
    public var findings: [PlanFinding]
    public var setbackAreas: [SetbackArea]
    public var warnings: [String]

    public func count(_ status: FindingStatus) -> Int { findings.filter { $0.status == status }.count }

    /// The overall result: any violation, else anything to review, else ok.
    public var overall: FindingStatus {
        if count(.violation) > 0 { return .violation }
        if count(.manualReview) > 0 { return .manualReview }
        return .ok
    }
}

public struct DevelopmentPlanSummary: Sendable, Codable, Hashable {
    public var gmlID: String
    public var name: String
    public var version: String
}

public struct PlanFeatureSummary: Sendable, Codable, Hashable {
    public var gmlID: String
    public var type: String?
    public var label: String
    public var siteAreaInZone: Double
}
