// The case list: the inbox of staff, "Meine Vorgänge" of applicants.
import Plot
import ZuegigDomain

struct CaseListPage: Page {
    let context: PageContext
    let cases: [CaseDTO]

    var isApplicant: Bool { context.principal?.kind.filesApplications ?? false }
    var title: String { isApplicant ? "Meine Vorgänge" : "Posteingang" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(title)),
            .if(isApplicant, .p(.a(.href("/vorgaenge/neu"), "Neuen Bauantrag stellen"))),
            .if(cases.isEmpty, .p("Keine Vorgänge vorhanden.")),
            .if(!cases.isEmpty, table())
        )
    }

    func table() -> Node<HTML.BodyContext> {
        .table(
            .caption(.text("\(cases.count) Vorgänge")),
            .thead(.tr(
                .th(.attribute(named: "scope", value: "col"), "Aktenzeichen"),
                .th(.attribute(named: "scope", value: "col"), "Vorhaben"),
                .th(.attribute(named: "scope", value: "col"), "Baugrundstück"),
                .th(.attribute(named: "scope", value: "col"), "Behörde"),
                .th(.attribute(named: "scope", value: "col"), "Verfahrensschritt"),
                .th(.attribute(named: "scope", value: "col"), "Nächste Frist")
            )),
            .tbody(.forEach(cases) { item in
                .tr(
                    .td(.a(.href("/vorgaenge/\(item.id.uuidString.lowercased())"), .text(item.number ?? "Entwurf"))),
                    .td(.text(item.title)),
                    .td(.text(item.siteAddress)),
                    .td(.text(item.authority.name)),
                    .td(.text(item.stepLabel)),
                    .td(.text(item.nextDeadline.flatMap { Day(iso: $0) }.map { "\($0.german) (\(item.nextDeadlineLabel ?? ""))" } ?? "—"))
                )
            })
        )
    }
}
