// The authority's development plans: the list and the XPlanGML upload (admins).
import Foundation
import Plot

struct PlansPage: Page {
    let context: PageContext
    let plans: [PlanDTO]
    var imported: PlanDTO?
    var error: AppError?

    var title: String { "Bebauungspläne" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Bebauungspläne (XPlanung)"),
            FormFields.errorSummary(error?.detail),
            .unwrap(imported) { plan in
                .div(.attribute(named: "role", value: "status"),
                     .p(.text("Der Plan „\(plan.name)“ (XPlanGML \(plan.version)) wurde eingelesen: \(plan.featureCount) geprüfte Festsetzungen.")),
                     .if(!plan.otherFeatures.isEmpty, .p(.text("Nicht ausgewertet, aber gespeichert: " + Self.list(plan.otherFeatures) + "."))),
                     .if(!plan.warnings.isEmpty, .ul(.forEach(plan.warnings) { .li(.text($0)) })))
            },
            .form(
                .class("stacked"), .action("/verwaltung/plaene"), .method(.post), .enctype(.multipartData),
                FormFields.csrf(context),
                .div(.label(.for("file"), "XPlanGML-Datei (5.0 bis 6.0)"), .input(.type(.file), .name("file"), .id("file"), .required(true),
                                                                                   .attribute(named: "accept", value: ".gml,.xml"))),
                .button(.type(.submit), "Plan einlesen")
            ),
            .if(plans.isEmpty, .p("Noch keine Pläne eingelesen.")),
            .if(!plans.isEmpty, .table(
                .caption("Eingelesene Pläne"),
                .thead(.tr(CaseSections.th("Name"), CaseSections.th("Nummer"), CaseSections.th("Version"), CaseSections.th("Koordinatensystem"),
                           CaseSections.th("Festsetzungen"), CaseSections.th("Nicht ausgewertet"), CaseSections.th("Hinweise"))),
                .tbody(.forEach(plans) { plan in
                    .tr(.td(.text(plan.name)), .td(.text(plan.number ?? "—")), .td(.text(plan.version)), .td(.text(plan.srs ?? "—")),
                        .td(.text(Self.list(plan.features.filter { $0.value > 0 }))), .td(.text(plan.otherFeatures.isEmpty ? "—" : Self.list(plan.otherFeatures))),
                        .td(.text(plan.warnings.isEmpty ? "—" : plan.warnings.joined(separator: " "))))
                })
            ))
        )
    }

    static func list(_ counts: [String: Int]) -> String {
        counts.keys.sorted().map { "\($0) (\(counts[$0] ?? 0))" }.joined(separator: ", ")
    }
}
