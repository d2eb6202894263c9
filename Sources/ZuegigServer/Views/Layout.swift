// The shared layout: header with the authority's name, navigation by role, main content, footer.
import Plot
import ZuegigDomain

enum Layout {
    static func render(_ page: some Page) -> String {
        let html = HTML(
            .lang(.german),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("\(page.title) – Zügig"),
                .link(.rel(.stylesheet), .href("/static/zuegig.css"))
            ),
            .body(
                .a(.class("skip-link"), .href("#inhalt"), "Zum Inhalt springen"),
                header(page.context),
                .main(.id("inhalt"), .attribute(named: "tabindex", value: "-1"), page.main),
                footer()
            )
        )
        return html.render()
    }

    static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .p(.class("brand"), .a(.href("/"), "Zügig"), .span(.class("tagline"), " – digitale Bauverfahren")),
            .unwrap(context.principal?.activeAuthorityName) { name in .p(.class("authority"), .text(name)) },
            navigation(context),
            account(context)
        )
    }

    /// Links by role; only pages that exist are linked.
    static func navigationItems(for principal: Principal?) -> [(label: String, href: String)] {
        guard let principal else { return [("Startseite", "/"), ("Beteiligungen", "/beteiligung"), ("Anmelden", "/anmelden"), ("Konto anlegen", "/registrieren")] }
        if principal.kind.filesApplications { return [("Meine Vorgänge", "/vorgaenge"), ("Neuer Bauantrag", "/vorgaenge/neu")] }
        var items: [(String, String)] = []
        let roles = Set(principal.activeRoles)
        if !roles.isDisjoint(with: [.caseWorker, .supervisor, .admin]) { items.append(("Posteingang", "/vorgaenge")) }
        if roles.contains(.inspector) && roles.isDisjoint(with: [.caseWorker, .supervisor, .admin]) {
            items.append(("Bauüberwachung", "/vorgaenge"))
        }
        if roles.contains(.agency) && items.isEmpty { items.append(("Beteiligungen", "/vorgaenge")) }
        if Permissions.decide(.manageParticipations, by: principal.actor) == .allowed { items.append(("Beteiligungen", "/verwaltung/beteiligungen")) }
        if Permissions.decide(.editRoutingRules, by: principal.actor) == .allowed { items.append(("Zuständigkeiten", "/verwaltung/zustaendigkeiten")) }
        if !roles.isDisjoint(with: [.supervisor, .admin]) { items.append(("Prüfprotokoll", "/protokoll")) }
        if roles.contains(.admin) { items.append(("Bescheidvorlage", "/verwaltung/bescheidvorlage")) }
        if roles.contains(.admin) { items.append(("Bebauungspläne", "/verwaltung/plaene")) }
        if !roles.isDisjoint(with: [.supervisor, .inspector, .admin]) { items.append(("Vor-Ort-Termine", "/verwaltung/termine")) }
        if roles.contains(.inspector) { items.append(("Mein Tag", "/termine")) }
        return items
    }

    static func navigation(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .attribute(named: "aria-label", value: "Hauptnavigation"),
            .ul(.forEach(navigationItems(for: context.principal)) { item in
                .li(.a(
                    .href(item.href),
                    .if(item.href == context.path, .attribute(named: "aria-current", value: "page")),
                    .text(item.label)
                ))
            })
        )
    }

    static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(context.principal) { principal in
            .div(
                .class("account"),
                .p(.text("Angemeldet als \(principal.displayName)"), .unwrap(roleLabel(principal)) { .text(" (\($0))") }),
                .form(
                    .action("/abmelden"), .method(.post),
                    .input(.type(.hidden), .name(CSRF.fieldName), .value(context.csrfToken)),
                    .button(.type(.submit), "Abmelden")
                )
            )
        }
    }

    static func roleLabel(_ principal: Principal) -> String? {
        if principal.kind != .staff { return principal.kind.germanLabel }
        let roles = principal.activeRoles.map(\.germanLabel)
        return roles.isEmpty ? nil : roles.joined(separator: ", ")
    }

    static func footer() -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .p("Zügig – Open-Source-Plattform für Bau- und Planungsverfahren (Einer für Alle)."),
            .ul(
                .li(.a(.href("/api/v1/openapi.json"), "Schnittstelle (OpenAPI)")),
                .li(.a(.href("/health"), "Systemstatus"))
            )
        )
    }
}
