// Staff overview of one participation: period and public address, the analysis (topics with their
// suggested department and weighing progress, form-letter groups), published documents, import of
// statements, exports and the publication of the result.
import Foundation
import Plot
import ZuegigAI
import ZuegigDomain
import ZuegigPersistence

struct ParticipationPage: Page {
    let context: PageContext
    let participation: ParticipationModel
    let phase: PlanningPhase?
    let state: ParticipationPeriod.State
    let table: WeighingTable
    let documents: [ParticipationDocumentModel]
    var message: String?
    var error: String?
    var fieldErrors: [String: [String]] = [:]

    var title: String { participation.title }
    var base: String { "/verwaltung/beteiligungen/\(participation.id!.uuidString.lowercased())" }

    var summary: ParticipationService.AnalysisSummary? {
        participation.analysisSummary.flatMap { try? JSONDecoder().decode(ParticipationService.AnalysisSummary.self, from: Data($0.utf8)) }
    }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(participation.title)),
            FormFields.errorSummary(error),
            .if(!fieldErrors.isEmpty, .ul(.class("field-errors"), .forEach(fieldErrors.sorted { $0.key < $1.key }.flatMap(\.value)) { .li(.text($0)) })),
            .unwrap(message) { .div(.attribute(named: "role", value: "status"), .p(.text($0))) },
            .p(.a(.href("/verwaltung/beteiligungen"), "Alle Beteiligungen")),
            .dl(.class("facts"),
                .dt("Phase"), .dd(.text(phase?.label ?? participation.phaseID)),
                .dt("Rechtsgrundlage"), .dd(.text(phase?.legalBasis ?? "–")),
                .dt("Zeitraum"), .dd(.text(ParticipationService.period(participation).german + " (" + ParticipationListPage.label(state) + ")")),
                .dt("Öffentliche Seite"), .dd(.a(.href("/beteiligung/\(participation.slug)"), .text("/beteiligung/\(participation.slug)"))),
                .dt("Stellungnahmen"), .dd(.text("\(table.statements), davon \(table.answered) beantwortet"))),
            analysisSection,
            topicsSection,
            groupsSection,
            exportSection,
            documentsSection,
            importSection
        )
    }

    var analysisSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "auswertung"),
            .h2(.id("auswertung"), "Auswertung"),
            .if(participation.analysedAt == nil, .p("Noch nicht ausgewertet. Neue Stellungnahmen werden im Hintergrund ausgewertet.")),
            .unwrap(participation.analysedAt) { at in
                .p(.text("Zuletzt ausgewertet am \(GermanDate.formatWithTime(at))"
                    + (summary.map { ": \($0.statements) Stellungnahmen, \($0.distinct) verschiedene, \($0.duplicateGroups) Formschreiben-Gruppen, \($0.clusters) Themen"
                        + ($0.mode == .incremental ? "; Themen beibehalten, weil die Abwägung begonnen hat (\($0.assigned) neu zugeordnet)" : "") } ?? "")))
            },
            .p(.class("hint"), "Vorschläge der Auswertung: Themen, Schlagworte, Zusammenfassungen und Zuständigkeiten sind maschinell erzeugt und vor der Abwägung zu prüfen."),
            .form(.action("\(base)/auswerten"), .method(.post), FormFields.csrf(context), .button(.type(.submit), "Jetzt auswerten"))
        )
    }

    var topicsSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "themen"),
            .h2(.id("themen"), "Themen und Stand der Abwägung"),
            .if(table.clusters.isEmpty, .p("Noch keine Stellungnahmen.")),
            .if(!table.clusters.isEmpty, .table(
                .thead(.tr(.th("Thema"), .th("Schlagworte"), .th("Zuständig (Vorschlag)"), .th("Haltung"), .th("Stand"))),
                .tbody(.forEach(table.clusters) { cluster in
                    .tr(
                        .td(.a(.href("\(base)/themen/\(cluster.number)"), .text(cluster.number == 0 ? "ohne Thema" : "Thema \(cluster.number)"))),
                        .td(.text(cluster.keywords.prefix(6).joined(separator: ", "))),
                        .td(.text(cluster.departments.first.map { "\($0.department) (\($0.matched.prefix(3).joined(separator: ", ")))" } ?? "–")),
                        .td(.text(Self.stances(cluster))),
                        .td(.element(named: "progress", nodes: [.attribute(named: "max", value: String(max(1, cluster.rows.count))),
                                                                .attribute(named: "value", value: String(cluster.answered)),
                                                                .attribute(named: "aria-label", value: "Fortschritt Thema \(cluster.number)")]),
                            .text(" \(cluster.answered) beantwortet, \(cluster.open) offen"))
                    )
                })
            ))
        )
    }

    static func stances(_ cluster: WeighingTable.Cluster) -> String {
        let counts = cluster.stanceCounts
        return "\(counts[.against] ?? 0) dagegen, \(counts[.for] ?? 0) dafür, \(counts[.neutral] ?? 0) neutral"
    }

    var groupsSection: Node<HTML.BodyContext> {
        let leaders = table.clusters.flatMap { cluster in cluster.rows.filter(\.isGroupLeader).map { (cluster, $0) } }.sorted { $0.1.groupSize > $1.1.groupSize }
        return .section(
            .attribute(named: "aria-labelledby", value: "formschreiben"),
            .h2(.id("formschreiben"), "Formschreiben und gleichlautende Stellungnahmen"),
            .if(leaders.isEmpty, .p("Keine Gruppen gleichlautender Schreiben erkannt.")),
            .ul(.forEach(leaders.prefix(30)) { cluster, leader in
                .li(.text("\(leader.groupSize) Schreiben wie \(leader.receipt) "), .a(.href("\(base)/themen/\(cluster.number)#s-\(leader.receipt)"), .text("(Thema \(cluster.number))")),
                    .p(.class("hint"), .text("Gemeinsamer Text: " + (leader.sharedText.prefix(2).joined(separator: " ").prefix(300)) + (leader.sharedText.count > 2 ? " …" : ""))))
            })
        )
    }

    var exportSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "export"),
            .h2(.id("export"), "Abwägungstabelle exportieren und veröffentlichen"),
            .p(.class("hint"), "Alle Exporte enthalten nur anonymisierte Texte, keine Namen oder Kontaktdaten."),
            .ul(
                .li(.a(.href("\(base)/abwaegung.csv"), "CSV (Excel, Semikolon)")),
                .li(.a(.href("\(base)/abwaegung.xlsx"), "Excel-Arbeitsmappe (XLSX)")),
                .li(.a(.href("\(base)/abwaegung.html"), "Druckansicht (HTML)")),
                .li(.a(.href("\(base)/abwaegung.pdf"), "PDF"))
            ),
            .form(.action("\(base)/veroeffentlichen"), .method(.post), FormFields.csrf(context),
                  .input(.type(.hidden), .name("published"), .value(participation.resultPublished ? "0" : "1")),
                  .button(.type(.submit), .text(participation.resultPublished ? "Veröffentlichung des Ergebnisses zurücknehmen" : "Ergebnis auf der öffentlichen Seite veröffentlichen")))
        )
    }

    var documentsSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "unterlagen"),
            .h2(.id("unterlagen"), "Veröffentlichte Unterlagen"),
            .if(documents.isEmpty, .p("Noch keine Unterlagen.")),
            .ul(.forEach(documents) { .li(.text("\($0.title) (\($0.fileName), \(max(1, $0.sizeBytes / 1024)) KB)")) }),
            .form(
                .class("stacked"), .action("\(base)/unterlagen"), .method(.post), .enctype(.multipartData), FormFields.csrf(context),
                VisitDataPage.field("Titel der Unterlage", name: "title", id: "doc-title", value: nil, required: true, maxLength: 200),
                .div(.label(.for("doc-file"), "Datei (PDF, PNG, JPEG, TIFF)"), .input(.type(.file), .name("file"), .id("doc-file"), .required(true))),
                .button(.type(.submit), "Unterlage veröffentlichen")
            )
        )
    }

    var importSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "import"),
            .h2(.id("import"), "Stellungnahmen importieren"),
            .p(.class("hint"), "CSV (Spalten Stellungnahme/Text, optional Kennung, Name, Anschrift, E-Mail, Datum, Eingangsweg), JSON Lines (je Zeile ein Objekt mit text) oder E-Mails (.eml, mehrere auf einmal). Bereits importierte Kennungen werden übersprungen."),
            .form(
                .class("stacked"), .action("\(base)/import"), .method(.post), .enctype(.multipartData), FormFields.csrf(context),
                .div(.label(.for("import-files"), "Dateien"),
                     .input(.type(.file), .name("files[]"), .id("import-files"), .attribute(named: "multiple", value: "multiple"), .required(true),
                            .attribute(named: "accept", value: ".csv,.jsonl,.json,.eml,text/csv,message/rfc822"))),
                .button(.type(.submit), "Importieren")
            )
        )
    }
}
