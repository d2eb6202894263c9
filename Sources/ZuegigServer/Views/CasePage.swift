// One case: its key facts. The procedure issue adds documents, timeline and actions.
import Foundation
import Plot

struct CasePage: Page {
    let context: PageContext
    let item: CaseDTO

    var title: String { item.number.map { "Vorgang \($0)" } ?? "Antragsentwurf" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(title)),
            .dl(
                .class("facts"),
                .dt("Vorhaben"), .dd(.text(item.title)),
                .dt("Baugrundstück"), .dd(.text(item.siteAddress)),
                .dt("Behörde"), .dd(.text(item.authority.name)),
                .dt("Verfahrensschritt"), .dd(.text(item.stepLabel)),
                .dt("Eingereicht am"), .dd(.text(item.submittedAt.map(GermanDate.format) ?? "noch nicht eingereicht"))
            ),
            .p(.a(.href("/vorgaenge"), "Zurück zur Übersicht"))
        )
    }
}
