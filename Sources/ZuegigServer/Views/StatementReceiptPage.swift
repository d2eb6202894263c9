// The receipt after a statement was sent: its number and date, nothing of what was written.
import Foundation
import Plot
import ZuegigPersistence

struct StatementReceiptPage: Page {
    let context: PageContext
    let participation: ParticipationModel
    let receipt: String
    let receivedAt: Date
    let attachments: Int
    let emailGiven: Bool

    var title: String { "Eingangsbestätigung" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Vielen Dank, Ihre Stellungnahme ist eingegangen"),
            .div(.attribute(named: "role", value: "status"),
                 .p("Ihre Eingangsnummer:"), .p(.class("receipt"), .text(receipt))),
            .dl(.class("facts"),
                .dt("Beteiligung"), .dd(.text(participation.title)),
                .dt("Eingegangen am"), .dd(.text(GermanDate.formatWithTime(receivedAt))),
                .dt("Anlagen"), .dd(.text(attachments == 0 ? "keine" : String(attachments)))),
            .p("Bitte notieren Sie die Eingangsnummer. Sie brauchen sie, wenn Sie sich auf Ihre Stellungnahme beziehen."),
            .if(emailGiven, .p("Das Ergebnis der Abwägung wird Ihnen an die angegebene E-Mail-Adresse mitgeteilt.")),
            .p(.a(.href("/beteiligung/\(participation.slug)"), "Zurück zur Beteiligung"))
        )
    }
}
