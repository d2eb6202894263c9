// The authority's department routing rules for statements, editable by supervisors and admins: one
// line per department with its keywords. The topics of a participation get the departments whose
// keywords occur most often in their statements as suggestions.
import Plot

struct RoutingRulesPage: Page {
    let context: PageContext
    let lines: String
    let isDefault: Bool
    var error: AppError?
    var message: String?

    var title: String { "Zuständigkeitsregeln" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Zuständigkeitsregeln für Stellungnahmen"),
            .p("Für jedes Thema einer Beteiligung schlägt Zügig die Stellen vor, deren Stichwörter in den Stellungnahmen des Themas am häufigsten vorkommen. Je Zeile eine Stelle, dann ein Doppelpunkt und die Stichwörter, durch Kommas getrennt, zum Beispiel: „Umweltamt (Immissionsschutz): Lärm, Lärmschutz, laut“. Stichwörter werden ohne Rücksicht auf Groß- und Kleinschreibung, Umlaute und Endungen gefunden. Zeilen mit „#“ am Anfang sind Anmerkungen."),
            .p("Die Regeln gelten ab der nächsten Auswertung; bei Beteiligungen, deren Abwägung schon begonnen hat, werden dabei nur die Vorschläge erneuert, nicht die Themen."),
            .if(isDefault, .p(.class("hint"), "Es gelten die mitgelieferten Regeln.")),
            .unwrap(message) { .p(.attribute(named: "role", value: "status"), .text($0)) },
            FormFields.errorSummary(error?.detail),
            .form(
                .action("/verwaltung/zustaendigkeiten"), .method(.post),
                FormFields.csrf(context),
                .div(.label(.for("rules"), "Regeln"), .textarea(.name("rules"), .id("rules"), .rows(20), .text(lines))),
                .button(.type(.submit), "Regeln speichern")
            ),
            .if(!isDefault, .form(
                .action("/verwaltung/zustaendigkeiten/zuruecksetzen"), .method(.post),
                FormFields.csrf(context),
                .button(.type(.submit), "Mitgelieferte Regeln wiederherstellen")
            ))
        )
    }
}
