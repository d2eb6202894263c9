// The public start page: what Zügig is, the authorities on this platform, where to go next.
import Plot

struct StartPage: Page {
    let context: PageContext
    let authorities: [String]

    var title: String { "Startseite" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Bauanträge und Planverfahren digital"),
            .p("Zügig führt Baugenehmigungs- und Planungsverfahren vom Antrag bis zur Fertigstellung digital: Antrag stellen, Unterlagen nachreichen, Fachbehörden beteiligen, Bescheid erhalten."),
            .unwrap(context.principal) { principal in
                .p(.text("Willkommen, \(principal.displayName). "), .a(.href("/vorgaenge"), "Zu Ihren Vorgängen"))
            },
            .if(context.principal == nil, .p(
                .a(.href("/anmelden"), "Anmelden"), .text(" oder "), .a(.href("/registrieren"), "ein Konto für Bauherr:innen und Entwurfsverfasser:innen anlegen"), .text(".")
            )),
            .h2("Teilnehmende Bauaufsichtsbehörden"),
            .if(authorities.isEmpty, .p("Noch keine Behörde eingerichtet.")),
            .ul(.forEach(authorities) { .li(.text($0)) })
        )
    }
}
