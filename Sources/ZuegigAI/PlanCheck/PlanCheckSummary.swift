// The plan check in a few German lines, proposed for the assessment note and the decision's reasons.
public enum PlanCheckSummary {
    public static func german(_ result: PlanCheckResult) -> String {
        var lines = ["Prüfung gegen den Bebauungsplan „\(result.plan.name)“ (XPlanGML \(result.plan.version)):"]
        if let zone = result.zone { lines.append("Baugebiet: \(zone.label).") }
        for finding in result.findings {
            lines.append("- \(finding.title)\(finding.building.map { " (\($0))" } ?? ""): \(finding.status.germanLabel). \(finding.message) [\(finding.legalBasis)]")
        }
        lines.append("Ergebnis: \(result.count(.ok)) eingehalten, \(result.count(.violation)) nicht eingehalten, \(result.count(.manualReview)) manuell zu prüfen.")
        return lines.joined(separator: "\n")
    }
}
