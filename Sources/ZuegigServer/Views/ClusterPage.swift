// One topic of a participation in the weighing table: the analysis' description (keywords,
// summary, quotes, suggested department), the answer for the whole topic, and each statement with
// its anonymised text (the original only for staff who may see it), its form-letter group and its
// own answer, which can be given to the whole group at once.
import Foundation
import Plot
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct ClusterPage: Page {
    let context: PageContext
    let participation: ParticipationModel
    let cluster: WeighingTable.Cluster
    let page: Int
    var message: String?
    var error: String?
    var fieldErrors: [String: [String]] = [:]

    static let pageSize = 50

    var title: String { cluster.title }
    var base: String { "/verwaltung/beteiligungen/\(participation.id!.uuidString.lowercased())" }
    var pages: Int { max(1, (cluster.rows.count + Self.pageSize - 1) / Self.pageSize) }
    var shown: ArraySlice<WeighingTable.Row> { cluster.rows.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize) }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(cluster.title)),
            FormFields.errorSummary(error),
            .if(!fieldErrors.isEmpty, .ul(.class("field-errors"), .forEach(fieldErrors.sorted { $0.key < $1.key }.flatMap(\.value)) { .li(.text($0)) })),
            .unwrap(message) { .div(.attribute(named: "role", value: "status"), .p(.text($0))) },
            .p(.a(.href(base), .text("Zurück zu „\(participation.title)“"))),
            .p(.text("\(cluster.rows.count) Stellungnahmen, \(cluster.answered) beantwortet, \(cluster.open) offen; \(ParticipationPage.stances(cluster)).")),
            description,
            .if(cluster.id != nil, clusterAnswer),
            .section(
                .attribute(named: "aria-labelledby", value: "stellungnahmen"),
                .h2(.id("stellungnahmen"), .text("Stellungnahmen (Seite \(page) von \(pages))")),
                .forEach(shown) { row in statement(row) },
                pager
            )
        )
    }

    var description: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "beschreibung"),
            .h2(.id("beschreibung"), "Vorschlag der Auswertung"),
            .dl(.class("facts"),
                .dt("Schlagworte"), .dd(.text(cluster.keywords.joined(separator: ", "))),
                .dt("Zuständig (Vorschlag)"), .dd(.text(cluster.departments.map { "\($0.department) (Treffer: \($0.matched.joined(separator: ", ")))" }.joined(separator: "; ").ifEmpty("keine Regel trifft zu")))),
            .if(!cluster.summary.isEmpty, .div(.h3("Zusammenfassung"), .p(.text(cluster.summary.joined(separator: " "))))),
            .if(!cluster.quotes.isEmpty, .div(.h3("Typische Aussagen"), .forEach(cluster.quotes) { .blockquote(.p(.text($0.text))) }))
        )
    }

    static func decisionOptions(_ selected: StatementDecision?) -> [(String, String)] {
        [("", "– bitte wählen –")] + StatementDecision.allCases.map { ($0.rawValue, $0.germanLabel) }
    }

    var clusterAnswer: Node<HTML.BodyContext> {
        let id = cluster.id?.uuidString.lowercased() ?? ""
        return .section(
            .attribute(named: "aria-labelledby", value: "themenantwort"),
            .h2(.id("themenantwort"), "Abwägung für das ganze Thema"),
            .p(.class("hint"), "Gilt für jede Stellungnahme dieses Themas, die keine eigene Antwort hat."),
            .form(
                .class("wide"), .action("\(base)/themen/\(id)/antwort"), .method(.post), FormFields.csrf(context),
                answerFields(prefix: "t", answer: cluster.answer, decision: cluster.decision),
                .button(.type(.submit), "Abwägung für das Thema speichern")
            )
        )
    }

    func answerFields(prefix: String, answer: String?, decision: StatementDecision?) -> Node<HTML.FormContext> {
        .group(
            .div(.label(.for("\(prefix)-answer"), "Abwägung (Antworttext)"),
                 .textarea(.name("answer"), .id("\(prefix)-answer"), .attribute(named: "rows", value: "4"), .attribute(named: "maxlength", value: "20000"),
                           .required(true), .text(answer ?? ""))),
            FormFields.select(label: "Ergebnis", name: "decision", options: Self.decisionOptions(decision), selected: decision?.rawValue)
        )
    }

    func statement(_ row: WeighingTable.Row) -> Node<HTML.BodyContext> {
        let id = row.id.uuidString.lowercased()
        return .article(
            .id("s-\(row.receipt)"),
            .h3(.text("\(row.receipt) · \(row.channel.germanLabel) · \(GermanDate.format(row.receivedAt))")),
            .p(.class("hint"), .text("Haltung: \(WeighingExport.stanceLabel(row.stance))" + (row.stanceCues.isEmpty ? "" : " (Hinweise: \(row.stanceCues.prefix(4).joined(separator: ", ")))")
                + (row.groupLeaderReceipt.map { row.isGroupLeader ? "; erstes von \(row.groupSize) gleichlautenden Schreiben" : "; Formschreiben wie \($0)" } ?? "")
                + (row.attachments > 0 ? "; \(row.attachments) Anlage(n)" : ""))),
            .div(.class("statement"), .text(row.text)),
            .if(!row.additions.isEmpty, .p(.strong("Eigene Ergänzungen: "), .text(row.additions.joined(separator: " ")))),
            .unwrap(row.original) { original in
                .details(.summary("Original mit Absenderangaben (nur für berechtigte Beschäftigte)"),
                         .p(.text([original.name, original.address, original.email].compactMap { $0 }.joined(separator: " · ").ifEmpty("ohne Absenderangaben"))),
                         .div(.class("statement"), .text(original.text)))
            },
            .p(.text("Abwägung: " + (row.answer.map { "\(row.decision?.germanLabel ?? "") – \(row.source == .cluster ? "aus der Antwort zum Thema" : $0)" } ?? "offen"))),
            .details(
                .summary(row.source == .statement ? "Eigene Antwort ändern" : "Eigene Antwort geben"),
                .form(
                    .class("wide"), .action("\(base)/stellungnahmen/\(id)/antwort"), .method(.post), FormFields.csrf(context),
                    answerFields(prefix: "s-\(id)", answer: row.source == .statement ? row.answer : nil, decision: row.source == .statement ? row.decision : nil),
                    .if(row.groupLeaderReceipt != nil, .div(
                        .input(.type(.checkbox), .name("group"), .id("g-\(id)"), .value("1"), .attribute(named: "style", value: "width:auto")),
                        .label(.for("g-\(id)"), .text("für alle \(row.groupSize) Schreiben dieser Gruppe"))
                    )),
                    .button(.type(.submit), "Antwort speichern")
                )
            )
        )
    }

    var pager: Node<HTML.BodyContext> {
        .if(pages > 1, .nav(
            .attribute(named: "aria-label", value: "Seiten"),
            .ul(.forEach(1...pages) { number in
                .li(number == page ? .strong(.text(String(number))) : .a(.href("\(base)/themen/\(cluster.number)?seite=\(number)"), .text(String(number))))
            })
        ))
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
