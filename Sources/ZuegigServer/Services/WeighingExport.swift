// The weighing table for publication, as CSV (Excel-friendly: UTF-8 with BOM, semicolons), XLSX
// (one sheet per statement and one per topic) and a printable HTML document that is also the PDF's
// source. Every export is built from the table's published variant: anonymised texts only, no
// names or contact data.
import Foundation
import Plot
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

enum WeighingExport {
    static let header = ["Thema", "Eingangsnummer", "Eingang", "Eingangsweg", "Formschreiben", "Stellungnahme (anonymisiert)", "Haltung",
                         "Abwägung", "Ergebnis", "Antwort gilt für"]

    static func stanceLabel(_ stance: Stance) -> String {
        switch stance {
        case .against: "ablehnend"
        case .for: "zustimmend"
        case .neutral: "neutral"
        }
    }

    static func cells(_ row: WeighingTable.Row, cluster: WeighingTable.Cluster) -> [String] {
        let group = row.groupLeaderReceipt.map { row.isGroupLeader ? "Erstes von \(row.groupSize) gleichlautenden Schreiben" : "wie \($0) (\(row.groupSize) Schreiben)" } ?? ""
        let source = switch row.source {
        case .statement: "diese Stellungnahme"
        case .cluster: "das ganze Thema"
        case nil: ""
        }
        return [cluster.number == 0 ? "–" : String(cluster.number), row.receipt, GermanDate.format(row.receivedAt), row.channel.germanLabel, group, row.text,
                stanceLabel(row.stance), row.answer ?? "", row.decision?.germanLabel ?? "offen", source]
    }

    static func csv(_ table: WeighingTable) -> Data {
        CSVWriter.document(header: header, rows: table.clusters.flatMap { cluster in cluster.rows.map { cells($0, cluster: cluster) } })
    }

    static func xlsx(_ table: WeighingTable) throws -> Data {
        let widths: [Double] = [8, 16, 12, 16, 24, 80, 12, 60, 22, 18]
        let statements = SpreadsheetSheet(
            name: "Abwägungstabelle", columns: zip(header, widths).map { .init(title: $0, width: $1) },
            rows: table.clusters.flatMap { cluster in cluster.rows.map { row in cells(row, cluster: cluster).map(SpreadsheetCell.text) } }
        )
        let topics = SpreadsheetSheet(
            name: "Themen",
            columns: [.init(title: "Thema", width: 8), .init(title: "Schlagworte", width: 40), .init(title: "Zusammenfassung", width: 80),
                      .init(title: "Zuständig (Vorschlag)", width: 28), .init(title: "Stellungnahmen", width: 14), .init(title: "beantwortet", width: 12),
                      .init(title: "offen", width: 10), .init(title: "Abwägung zum Thema", width: 60), .init(title: "Ergebnis", width: 22)],
            rows: table.clusters.map { cluster in
                [.number(Double(cluster.number)), .text(cluster.keywords.joined(separator: ", ")), .text(cluster.summary.joined(separator: " ")),
                 .text(cluster.departments.first?.department ?? ""), .number(Double(cluster.rows.count)), .number(Double(cluster.answered)),
                 .number(Double(cluster.open)), .text(cluster.answer ?? ""), .text(cluster.decision?.germanLabel ?? "offen")]
            }
        )
        return try SpreadsheetWriter.workbook([statements, topics])
    }

    /// A complete, printable HTML document (also the source of the PDF).
    static func html(_ table: WeighingTable, participation: ParticipationModel, authority: String) -> String {
        let period = ParticipationService.period(participation)
        let document = HTML(
            .lang(.german),
            .head(
                .meta(.charset(.utf8)),
                .title("Abwägungstabelle – \(participation.title)"),
                .style("""
                    body{font-family:sans-serif;font-size:10.5pt;line-height:1.4;margin:2em}
                    table{border-collapse:collapse;width:100%;margin-bottom:1.5em}
                    th,td{border:1px solid #777;padding:4px 6px;vertical-align:top;text-align:left}
                    th{background:#eee}.meta{color:#444}h2{page-break-before:auto;margin-top:1.5em}
                    @media print{body{margin:0}tr{page-break-inside:avoid}}
                    """)
            ),
            .body(
                .h1(.text("Abwägungstabelle: \(participation.title)")),
                .p(.class("meta"), .text("\(authority) · Beteiligung \(period.german) · \(table.statements) Stellungnahmen, davon \(table.answered) beantwortet")),
                .p(.class("meta"), "Personenbezogene Daten sind durch Platzhalter wie [NAME] ersetzt."),
                .forEach(table.clusters) { cluster in
                    .section(
                        .h2(.text(cluster.title)),
                        .if(!cluster.summary.isEmpty, .p(.text(cluster.summary.joined(separator: " ")))),
                        .unwrap(cluster.answer) { answer in
                            .p(.strong(.text("Abwägung zum Thema (\(cluster.decision?.germanLabel ?? "")): ")), .text(answer))
                        },
                        .table(
                            .thead(.tr(.th("Eingangsnummer"), .th("Stellungnahme"), .th("Abwägung"), .th("Ergebnis"))),
                            .tbody(.forEach(cluster.rows) { row in
                                .tr(
                                    .td(.text(row.receipt), .if(row.groupLeaderReceipt != nil && !row.isGroupLeader, .br()),
                                        .if(row.groupLeaderReceipt != nil && !row.isGroupLeader, .text("wie \(row.groupLeaderReceipt ?? "")"))),
                                    .td(.text(row.text)),
                                    .td(.text(row.source == .cluster ? "siehe Abwägung zum Thema" : (row.answer ?? ""))),
                                    .td(.text(row.decision?.germanLabel ?? "offen"))
                                )
                            })
                        )
                    )
                }
            )
        )
        return document.render()
    }

    /// The built-in writer's fallback when WeasyPrint is not installed: the same content as text blocks.
    static func pdfBlocks(_ table: WeighingTable, participation: ParticipationModel, authority: String) -> SimplePDF {
        var blocks: [SimplePDF.Block] = [.title("Abwägungstabelle: \(participation.title)"),
                                         .paragraph("\(authority) · Beteiligung \(ParticipationService.period(participation).german)"),
                                         .paragraph("Personenbezogene Daten sind durch Platzhalter wie [NAME] ersetzt.")]
        for cluster in table.clusters {
            blocks.append(.heading(cluster.title))
            if let answer = cluster.answer { blocks.append(.paragraph("Abwägung zum Thema (\(cluster.decision?.germanLabel ?? "")): \(answer)")) }
            for row in cluster.rows {
                blocks.append(.bullet("\(row.receipt): \(row.text)"))
                let answer = row.source == .cluster ? "siehe Abwägung zum Thema" : (row.answer ?? "noch offen")
                blocks.append(.paragraph("Abwägung (\(row.decision?.germanLabel ?? "offen")): \(answer)"))
            }
        }
        return SimplePDF(title: "Abwägungstabelle \(participation.title)", blocks: blocks)
    }
}
