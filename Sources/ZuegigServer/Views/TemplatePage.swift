// The authority's decision-notice template, editable by admins.
import Plot

struct TemplatePage: Page {
    let context: PageContext
    let body: String
    let isDefault: Bool
    var error: AppError?
    var saved = false

    var title: String { "Bescheidvorlage" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Bescheidvorlage"),
            .p("Logikfreie Mustache-Vorlage. Zeilen mit „# “ werden Überschriften, Zeilen mit „- “ Aufzählungen. Platzhalter: {{authorityName}}, {{caseNumber}}, {{date}}, {{decisionTitle}}, {{applicantName}}, {{architectName}}, {{title}}, {{siteAddress}}, {{parcel}}, {{procedureName}}, {{procedureLegalBasis}}, {{decisionText}}, {{#conditions}}…{{/conditions}}, {{reasons}}, {{fee}}, {{feeExplanation}}, {{approverName}}."),
            .if(isDefault, .p(.class("hint"), "Es gilt die mitgelieferte Vorlage.")),
            .if(saved, .p(.attribute(named: "role", value: "status"), "Die Vorlage wurde gespeichert.")),
            FormFields.errorSummary(error?.detail),
            .form(
                .action("/verwaltung/bescheidvorlage"), .method(.post),
                FormFields.csrf(context),
                .div(.label(.for("body"), "Vorlage"), .textarea(.name("body"), .id("body"), .rows(30), .text(body))),
                .button(.type(.submit), "Vorlage speichern")
            )
        )
    }
}
