// The audit log of one authority, newest first, for supervisors and admins.
import Plot

struct AuditLogPage: Page {
    let context: PageContext
    let events: [AuditEventDTO]
    let verification: String

    var title: String { "Prüfprotokoll" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Prüfprotokoll"),
            .p(.strong("Integrität der Hash-Kette: "), .text(verification)),
            .table(
                .caption(.text("Die letzten \(events.count) Einträge")),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), "Nr."),
                    .th(.attribute(named: "scope", value: "col"), "Zeitpunkt"),
                    .th(.attribute(named: "scope", value: "col"), "Wer"),
                    .th(.attribute(named: "scope", value: "col"), "Aktion"),
                    .th(.attribute(named: "scope", value: "col"), "Gegenstand")
                )),
                .tbody(.forEach(events) { event in
                    .tr(
                        .td(.text(String(event.sequence))),
                        .td(.text(GermanDate.formatWithTime(event.occurredAt))),
                        .td(.text(event.actor)),
                        .td(.element(named: "code", text: event.action)),
                        .td(.text("\(event.subjectType) \(event.subjectID)"))
                    )
                })
            )
        )
    }
}
