// The form for a new application (draft).
import Plot

struct NewCasePage: Page {
    let context: PageContext
    let authorities: [AuthorityDTO]
    var values: [String: String] = [:]
    var error: AppError?

    var title: String { "Neuer Bauantrag" }

    var main: Node<HTML.BodyContext> {
        let errors = error?.fieldErrors ?? [:]
        return .div(
            .h1("Neuer Bauantrag"),
            .p("Sie legen zunächst einen Entwurf an. Danach laden Sie die Bauvorlagen hoch und reichen den Antrag ein."),
            FormFields.errorSummary(error?.detail),
            .form(
                .class("stacked"), .action("/vorgaenge/neu"), .method(.post),
                FormFields.csrf(context),
                FormFields.select(label: "Bauaufsichtsbehörde", name: "authority", options: authorities.map { ($0.slug, $0.name) }, selected: values["authority"]),
                FormFields.input(label: "Vorhaben", name: "title", type: .text, value: values["title"] ?? "", autocomplete: "off", errors: errors["title"] ?? [], maxLength: 200),
                FormFields.input(label: "Adresse des Baugrundstücks", name: "siteAddress", type: .text, value: values["siteAddress"] ?? "",
                                 autocomplete: "street-address", errors: errors["siteAddress"] ?? [], maxLength: 300),
                FormFields.input(label: "Gemarkung, Flur, Flurstück", name: "parcel", type: .text, value: values["parcel"] ?? "", autocomplete: "off",
                                 errors: errors["parcel"] ?? [], hint: "z. B. Musterstadt, Flur 3, Flurstück 112/4", maxLength: 300),
                FormFields.select(label: "Gebäudeklasse (§ 2 Abs. 3 MBO)", name: "buildingClass", options: (1...5).map { (String($0), "Gebäudeklasse \($0)") },
                                  selected: values["buildingClass"] ?? "3"),
                FormFields.input(label: "Baukosten in Euro (Angabe für die Gebühr)", name: "declaredCostEuros", type: .number,
                                 value: values["declaredCostEuros"] ?? "", autocomplete: "off", errors: errors["declaredCostEuros"] ?? [], maxLength: 14),
                .div(
                    .label(.for("description"), "Beschreibung des Vorhabens"),
                    .textarea(.name("description"), .id("description"), .rows(5), .text(values["description"] ?? ""))
                ),
                .button(.type(.submit), "Entwurf anlegen")
            )
        )
    }
}
