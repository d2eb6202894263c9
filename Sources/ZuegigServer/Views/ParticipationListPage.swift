// Staff list of the authority's participations, and the form that starts a new one for a phase of
// a planning procedure (the period follows from the procedure file).
import Plot
import ZuegigDomain
import ZuegigPersistence

struct ParticipationListPage: Page {
    let context: PageContext
    let participations: [(model: ParticipationModel, statements: Int, state: ParticipationPeriod.State)]
    let procedures: [PlanningProcedureDefinition]
    var values: [String: String] = [:]
    var fieldErrors: [String: [String]] = [:]
    var error: String?

    var title: String { "Beteiligungen" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Beteiligungen in Planverfahren"),
            FormFields.errorSummary(error),
            .if(participations.isEmpty, .p("Es gibt noch keine Beteiligung.")),
            .if(!participations.isEmpty, .table(
                .caption("Beteiligungen dieser Behörde"),
                .thead(.tr(.th("Titel"), .th("Zeitraum"), .th("Stand"), .th("Stellungnahmen"))),
                .tbody(.forEach(participations) { entry in
                    .tr(.td(.a(.href("/verwaltung/beteiligungen/\(entry.model.id!.uuidString.lowercased())"), .text(entry.model.title))),
                        .td(.text(ParticipationService.period(entry.model).german)), .td(.text(Self.label(entry.state))), .td(.text(String(entry.statements))))
                })
            )),
            newForm
        )
    }

    static func label(_ state: ParticipationPeriod.State) -> String {
        switch state {
        case .upcoming: "geplant"
        case .open: "läuft"
        case .closed: "beendet"
        }
    }

    var newForm: Node<HTML.BodyContext> {
        let options = procedures.flatMap { procedure in
            procedure.phases.map { ("\(procedure.id)/\($0.id)", "\(procedure.name): \($0.label) (\($0.length)\($0.minimumDays > 0 ? ", mindestens \($0.minimumDays) Tage" : ""))") }
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "neu"),
            .h2(.id("neu"), "Neue Beteiligung"),
            .p(.class("hint"), "Das Ende des Zeitraums ergibt sich aus der Verfahrensdefinition und dem Feiertagskalender des Landes."),
            .form(
                .class("stacked"), .action("/verwaltung/beteiligungen"), .method(.post), FormFields.csrf(context),
                errors("title"),
                VisitDataPage.field("Titel", name: "title", id: "title", value: values["title"], required: true, maxLength: 200),
                errors("phase"),
                FormFields.select(label: "Verfahren und Phase", name: "phase", options: options, selected: values["phase"]),
                errors("firstDay"),
                VisitDataPage.field("Erster Tag", name: "firstDay", id: "firstDay", value: values["firstDay"], type: .date, required: true, maxLength: 10),
                errors("description"),
                VisitDataPage.area("Beschreibung für die Öffentlichkeit", name: "description", id: "description", value: values["description"],
                                   hint: "Was geplant ist und worauf sich Stellungnahmen beziehen können."),
                .button(.type(.submit), "Beteiligung anlegen")
            )
        )
    }

    func errors<Context>(_ field: String) -> Node<Context> {
        .forEach(fieldErrors[field] ?? []) { .element(named: "p", nodes: [.attribute(named: "class", value: "field-error"), .text($0)]) }
    }
}
