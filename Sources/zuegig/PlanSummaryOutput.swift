// The JSON summary of a read plan (`zuegig plan read`, `zuegig plan import`).
import ZuegigGeo

enum PlanSummaryOutput {
    static func json(_ plan: DevelopmentPlan) -> JSONOutput {
        var counts: [String: JSONOutput] = [:]
        for kind in PlanFeatureKind.allCases { counts[kind.rawValue] = .int(plan.features(kind).count) }
        return .object([
            "gmlId": .string(plan.gmlID),
            "name": .string(plan.name),
            "number": plan.number.map(JSONOutput.string) ?? .null,
            "municipality": plan.municipality.map(JSONOutput.string) ?? .null,
            "version": .string(plan.version),
            "srs": plan.srsName.map(JSONOutput.string) ?? .null,
            "areas": .int(plan.areas.count),
            "scopeArea": .double(plan.coverage.reduce(0) { $0 + $1.area }),
            "features": .object(counts),
            "otherFeatures": .object(plan.otherFeatures.mapValues(JSONOutput.int)),
            "otherProperties": .object(plan.otherProperties.mapValues(JSONOutput.int)),
            "warnings": .array(plan.warnings.map(JSONOutput.string)),
        ])
    }
}
