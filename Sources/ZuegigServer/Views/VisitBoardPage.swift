// The planning board for site visits: the week's open and confirmed requests, the proposed schedule
// per inspector and day (table and route map), the visits left out with their reasons, accepting the
// plan (invitations as iCalendar) and fixing a visit by hand.
import Foundation
import Plot
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct VisitBoardPage: Page {
    let context: PageContext
    let week: String
    let requests: [VisitRequestModel]
    let inspectors: [(id: UUID, name: String)]
    let proposal: VisitService.Proposal?
    var message: String?
    var error: String?

    var title: String { "Vor-Ort-Termine" }

    var main: Node<HTML.BodyContext> {
        let open = requests.filter { $0.status == .open }.count, confirmed = requests.filter { $0.status == .confirmed }.count
        let unlocated = requests.filter { !$0.located }.count
        return .div(
            .h1("Vor-Ort-Termine planen"),
            FormFields.errorSummary(error),
            .unwrap(message) { .div(.attribute(named: "role", value: "status"), .p(.text($0))) },
            .p(.text("\(open) offene und \(confirmed) bestätigte Besuche; \(inspectors.count) Prüferinnen und Prüfer mit Planungsdaten.")),
            .if(unlocated > 0, .p(.class("warning"), .text("\(unlocated) Besuche haben noch keinen Standort und werden erst eingeplant, wenn er erfasst ist."))),
            .p(.a(.href("/verwaltung/termine/daten"), "Planungsdaten, Abwesenheiten und Besuche verwalten")),
            .form(
                .class("inline"), .action("/verwaltung/termine/vorschlag"), .method(.post),
                FormFields.csrf(context),
                .label(.for("woche"), "Woche ab (Montag)"),
                .input(.type(.date), .name("woche"), .id("woche"), .value(week), .required(true)),
                .button(.type(.submit), "Wochenplan vorschlagen")
            ),
            .p(.class("hint"), "Bestätigte und festgelegte Termine bleiben beim Neuplanen unverändert; der Vorschlag braucht einige Sekunden."),
            .unwrap(proposal) { proposal in planSection(proposal) }
        )
    }

    func planSection(_ proposal: VisitService.Proposal) -> Node<HTML.BodyContext> {
        let output = proposal.output
        let id = proposal.model.id!.uuidString.lowercased()
        let accepted = proposal.model.status == .accepted
        return .section(
            .id("plan"), .attribute(named: "aria-labelledby", value: "plan-titel"),
            .h2(.id("plan-titel"), .text(accepted ? "Angenommener Wochenplan" : "Vorgeschlagener Wochenplan")),
            .p(.text("\(output.totals.assigned) von \(output.totals.visits) Besuchen eingeplant, \(output.routes.count) Touren, Fahrzeit gesamt \(Int(output.totals.travelMinutes)) Minuten, \(VisitBoardPage.km(output.totals.distanceKm)).")),
            .if(!accepted, .form(
                .action("/verwaltung/termine/plaene/\(id)/annehmen"), .method(.post), FormFields.csrf(context),
                .button(.type(.submit), "Plan annehmen und Termine versenden")
            )),
            .if(accepted, .p(.a(.href("/verwaltung/termine/plaene/\(id)/termine.ics"), "Alle Einladungen als iCalendar-Datei (.ics) herunterladen"))),
            .forEach(output.notices) { notice in .p(.class("warning"), .text(notice.message)) },
            .div(.class("map"), .raw(VisitRouteMap.svg(plan: output, input: proposal.input))),
            .forEach(Array(output.routes.enumerated())) { index, route in
                .table(
                    .caption(.text("Tour \(VisitRouteMap.letter(index)): \(route.inspectorName), \(Self.germanDate(route.date)) – Abfahrt \(route.departure.prefix(5)), Rückkehr \(route.returnTime.prefix(5)), \(Int(route.travelMinutes)) Min. Fahrt")),
                    .thead(.tr(CaseSections.th("Nr."), CaseSections.th("Beginn"), CaseSections.th("Ende"), CaseSections.th("Besuch"), CaseSections.th("Adresse"), CaseSections.th("Status"), CaseSections.th("Festlegen"))),
                    .tbody(.forEach(Array(route.stops.enumerated())) { n, stop in
                        .tr(.td(.text("\(VisitRouteMap.letter(index))\(n + 1)")), .td(.text(String(stop.start.prefix(5)))), .td(.text(String(stop.end.prefix(5)))),
                            .td(.text(stop.title ?? "Besuch")), .td(.text(stop.address ?? "—")),
                            .td(.text(stop.confirmed ? "bestätigt (fest)" : (accepted ? "bestätigt" : "Vorschlag"))),
                            .td(fixForm(stop.visit, route: route, start: String(stop.start.prefix(5)))))
                    })
                )
            },
            .if(!output.unassigned.isEmpty, .div(
                .h3("Nicht eingeplant"),
                .ul(.forEach(output.unassigned) { left in
                    .li(.text("\(title(of: left.visit)): \(left.message)"))
                })
            ))
        )
    }

    func title(of visit: String) -> String {
        requests.first { $0.id?.uuidString == visit }.map { "\($0.title), \($0.address)" } ?? visit
    }

    func fixForm(_ visit: String, route: VisitPlanOutput.Route, start: String) -> Node<HTML.BodyContext> {
        let id = visit.lowercased()
        return .form(
            .class("compact"), .action("/verwaltung/termine/besuche/\(id)/festlegen"), .method(.post), FormFields.csrf(context),
            FormFields.select(label: "Prüfer/in", name: "inspector", options: inspectors.map { ($0.id.uuidString, $0.name) }, selected: route.inspector),
            .label(.for("date-\(id)"), "Datum"), .input(.type(.date), .name("date"), .id("date-\(id)"), .value(route.date)),
            .label(.for("start-\(id)"), "Beginn"), .input(.type(.time), .name("start"), .id("start-\(id)"), .value(start)),
            .button(.type(.submit), "Festlegen")
        )
    }

    static func km(_ value: Double) -> String {
        String(format: "%.1f km", value).replacingOccurrences(of: ".", with: ",")
    }

    static func germanDate(_ iso: String) -> String {
        guard let day = Day(iso: iso) else { return iso }
        return ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][day.isoWeekday - 1] + ", " + day.german
    }
}
