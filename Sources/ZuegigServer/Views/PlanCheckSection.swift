// The plan check on the case page: the findings table (status in words, measured value, limit,
// plan feature, legal basis), the map, and the project data form.
import Foundation
import Plot
import ZuegigAI

struct PlanCheckSection {
    let check: CasePlanCheckDTO
    let map: String?
    let project: CaseProjectDTO?
    let casePath: String
    let context: PageContext
    let canEdit: Bool
    var projectError: String?
    var submittedProject: String?

    var body: Node<HTML.BodyContext> {
        CaseSections.section("planpruefung", "Prüfung gegen den Bebauungsplan", .div(
            .p(.class("hint"), .text("Vorschlag des Systems aus den Vorhabensdaten und dem Bebauungsplan (XPlanung); die Entscheidung trifft die Behörde.")),
            .unwrap(check.planName) { .p(.text("Bebauungsplan: \($0)")) },
            .unwrap(check.message) { .p(.text($0)) },
            .unwrap(check.report) { report($0) },
            .unwrap(map) { .div(.class("plan-map"), .raw($0)) },
            .if(canEdit, projectForm())
        ))
    }

    func report(_ report: PlanCheckReport) -> Node<HTML.BodyContext> {
        .div(
            .p(.strong(.text("Ergebnis: \(report.summary.overall.germanLabel)")),
               .text(" – \(report.summary.ok) eingehalten, \(report.summary.violation) nicht eingehalten, \(report.summary.manualReview) manuell zu prüfen.")),
            .unwrap(report.zone) { .p(.text("Maßgebendes Baugebiet: \($0.label), Grundstücksfläche darin \(GermanNumber.format($0.siteAreaInZone, decimals: 1)) m².")) },
            .table(
                .caption("Befunde"),
                .thead(.tr(CaseSections.th("Prüfung"), CaseSections.th("Ergebnis"), CaseSections.th("Gemessen"), CaseSections.th("Zulässig"),
                           CaseSections.th("Festsetzung"), CaseSections.th("Rechtsgrundlage"), CaseSections.th("Erläuterung"))),
                .tbody(.forEach(report.findings) { finding in
                    .tr(
                        .class("finding-\(finding.status.rawValue)"),
                        .td(.text(finding.title + (finding.building.map { " (\($0))" } ?? ""))),
                        .td(.strong(.text(Self.statusText(finding.status)))),
                        .td(.text(Self.value(finding.measured, unit: finding.unit))),
                        .td(.text(Self.value(finding.limit, unit: finding.unit))),
                        .td(.text(finding.planFeature.map { "\($0.type) \($0.gmlID)" } ?? "—")),
                        .td(.text(finding.legalBasis)),
                        .td(.text(finding.message))
                    )
                })
            ),
            .if(!report.warnings.isEmpty, .ul(.class("warnings"), .forEach(report.warnings) { .li(.text($0)) }))
        )
    }

    /// Status in words with a symbol, so it does not depend on colour.
    static func statusText(_ status: FindingStatus) -> String {
        switch status {
        case .ok: "✓ eingehalten"
        case .violation: "✗ nicht eingehalten"
        case .manualReview: "? manuell prüfen"
        }
    }

    static func value(_ value: Double?, unit: String?) -> String {
        guard let value else { return "—" }
        let decimals = unit == nil ? 2 : (unit == "m²" ? 1 : 2)
        return GermanNumber.format(value, decimals: decimals) + (unit.map { " \($0)" } ?? "")
    }

    func projectForm() -> Node<HTML.BodyContext> {
        let current = submittedProject ?? project?.project ?? ""
        return .form(
            .class("stacked"), .action("\(casePath)/vorhaben"), .method(.post),
            FormFields.csrf(context),
            .div(
                .label(.for("project"), "Vorhabensdaten (JSON oder GeoJSON)"),
                .p(.class("hint"), .id("project-hinweis"),
                   .text("Grundstück, Gebäudegrundrisse mit Höhe, Vollgeschossen und Geschossfläche, Nutzung, Nebenanlagen und angrenzende Straßen; Koordinaten in ETRS89/UTM (Meter). Format: docs/plan-check.md.")),
                .unwrap(projectError) { .p(.class("error"), .id("project-fehler"), .text($0)) },
                .textarea(.name("project"), .id("project"), .rows(12), .attribute(named: "aria-describedby", value: projectError == nil ? "project-hinweis" : "project-hinweis project-fehler"),
                          .text(current))
            ),
            .button(.type(.submit), "Vorhabensdaten speichern und prüfen")
        )
    }
}
