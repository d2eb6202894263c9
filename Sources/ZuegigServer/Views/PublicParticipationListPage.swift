// The public list of participations that are open now or begin soon, across all authorities.
import Plot
import ZuegigDomain
import ZuegigPersistence

struct PublicParticipationListPage: Page {
    let context: PageContext
    let entries: [(participation: ParticipationModel, authority: String, state: ParticipationPeriod.State)]

    var title: String { "Öffentliche Beteiligungen" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Öffentliche Beteiligungen"),
            .p("Hier können Sie Planentwürfe einsehen und ohne Konto eine Stellungnahme abgeben."),
            .if(entries.isEmpty, .p("Derzeit läuft keine Beteiligung.")),
            .ul(.forEach(entries) { entry in
                .li(.a(.href("/beteiligung/\(entry.participation.slug)"), .text(entry.participation.title)),
                    .text(" – \(entry.authority), \(ParticipationService.period(entry.participation).german)\(entry.state == .upcoming ? " (beginnt demnächst)" : "")"))
            })
        )
    }
}
