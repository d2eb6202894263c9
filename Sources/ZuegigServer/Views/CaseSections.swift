// The read-only sections of the case page.
import Foundation
import Plot
import ZuegigDomain

enum CaseSections {
    static func section(_ id: String, _ heading: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: id), .h2(.id(id), .text(heading)), content)
    }

    static func th(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }

    static func deadlines(_ deadlines: [DeadlineDTO]) -> Node<HTML.BodyContext> {
        guard !deadlines.isEmpty else { return .empty }
        let statusLabels = ["running": "läuft", "met": "gewahrt", "expired": "abgelaufen", "cancelled": "entfallen"]
        return section("fristen", "Fristen", .table(
            .thead(.tr(th("Frist"), th("Beginn"), th("Ende"), th("Stand"), th("Rechtsgrundlage"))),
            .tbody(.forEach(deadlines) { deadline in
                .tr(
                    .td(
                        .text(deadline.label),
                        .if(deadline.reminderDue, .p(.class("field-error"), .text(reminder(deadline)))),
                        .if(!deadline.note.isEmpty, .p(.class("hint"), .text(deadline.note)))
                    ),
                    .td(.class("nowrap"), .text(Day(iso: deadline.startDay)?.german ?? deadline.startDay)),
                    .td(.class("nowrap"), .strong(.text(Day(iso: deadline.dueDay)?.german ?? deadline.dueDay))),
                    .td(.class("nowrap"), .text(statusLabels[deadline.status] ?? deadline.status)),
                    .td(.text(deadline.legalBasis))
                )
            })
        ))
    }

    static func reminder(_ deadline: DeadlineDTO) -> String {
        guard let left = deadline.daysLeft else { return "" }
        if left < 0 { return "Erinnerung: Frist abgelaufen" }
        if left == 0 { return "Erinnerung: Frist endet heute" }
        return left == 1 ? "Erinnerung: Frist endet morgen" : "Erinnerung: Frist endet in \(left) Tagen"
    }

    static func documents(_ detail: CaseDetailDTO, _ documents: [DocumentDTO], casePath: String, canUpload: Bool, context: PageContext) -> Node<HTML.BodyContext> {
        section("unterlagen", "Bauvorlagen und Dokumente", .div(
            .h3("Erforderliche Bauvorlagen"),
            .ul(.forEach(detail.requiredDocuments) { required in
                .li(.text(required.present ? "✓ vorhanden: " : "✗ fehlt: "), .text(required.label), .span(.class("hint"), .text(" (\(required.legalBasis))")))
            }),
            .h3("Hochgeladene Dokumente"),
            .if(documents.isEmpty, .p("Noch keine Dokumente.")),
            .ul(.forEach(documents) { document in
                .li(
                    .a(.href("\(casePath)/dokumente/\(document.id.uuidString.lowercased())"), .text(document.fileName)),
                    .text(" – \(DocumentService.kinds[document.kind] ?? document.kind), Version \(document.version), \(document.sizeBytes / 1024 + 1) KB")
                )
            }),
            .if(canUpload, uploadForm(casePath: casePath, context: context))
        ))
    }

    static func uploadForm(casePath: String, context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .class("stacked"), .action("\(casePath)/dokumente"), .method(.post), .enctype(.multipartData),
            FormFields.csrf(context),
            FormFields.select(label: "Art der Unterlage", name: "kind", options: DocumentService.kinds.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }, selected: nil),
            .div(
                .label(.for("file"), "Datei (PDF, PNG, JPEG oder TIFF)"),
                .input(.type(.file), .name("file"), .id("file"), .required(true), Attribute(name: "accept", value: ".pdf,.png,.jpg,.jpeg,.tif,.tiff"))
            ),
            .button(.type(.submit), "Dokument hochladen")
        )
    }

    static func deficiencies(_ requests: [DeficiencyDTO]) -> Node<HTML.BodyContext> {
        guard !requests.isEmpty else { return .empty }
        return section("nachforderungen", "Nachforderungen", .div(.forEach(requests) { request in
            .div(
                .p(.strong(.text("Frist bis \(Day(iso: request.dueDay)?.german ?? request.dueDay)")), .text(request.answered ? " – beantwortet" : " – offen")),
                .if(!request.message.isEmpty, .p(.text(request.message))),
                .ul(.forEach(request.items) { .li(.text($0)) })
            )
        }))
    }

    static func consultations(_ consultations: [ConsultationDTO]) -> Node<HTML.BodyContext> {
        guard !consultations.isEmpty else { return .empty }
        let statusLabels = ["open": "offen", "answered": "beantwortet", "deemedConsent": "Zustimmung gilt als erteilt"]
        return section("beteiligung", "Beteiligung der Fachbehörden", .table(
            .thead(.tr(th("Fachbehörde"), th("Frist"), th("Stand"), th("Stellungnahme"))),
            .tbody(.forEach(consultations) { consultation in
                .tr(
                    .td(.text(consultation.agencyName)),
                    .td(.class("nowrap"), .text(Day(iso: consultation.dueDay)?.german ?? consultation.dueDay)),
                    .td(.text(consultation.verdict.flatMap(StatementVerdict.init)?.germanLabel ?? statusLabels[consultation.status] ?? consultation.status)),
                    .td(.text(consultation.statement ?? "—"), .ul(.forEach(consultation.conditions) { .li(.text($0)) }))
                )
            })
        ))
    }

    static func decision(_ decision: DecisionDTO?, casePath: String) -> Node<HTML.BodyContext> {
        guard let decision else { return .empty }
        return section("bescheid", decision.approved ? "Bescheid" : "Bescheidentwurf", .div(
            .p(.strong(.text(decision.outcomeLabel))),
            .if(!decision.conditions.isEmpty, .div(.h3("Nebenbestimmungen"), .ul(.forEach(decision.conditions) { .li(.text($0)) }))),
            .p(.text("Begründung: \(decision.reasons)")),
            .p(.text("Gebühr: \(decision.fee) – \(decision.feeExplanation)")),
            .if(decision.approved, .p(
                .a(.href("\(casePath)/bescheid.pdf"), "Bescheid als PDF"), .text(" · "),
                .a(.href("/api/v1/cases/\(casePath.split(separator: "/").last ?? "")/decision/document?format=html"), "als Webseite (API)")
            ))
        ))
    }

    static func inspections(_ inspections: [InspectionDTO]) -> Node<HTML.BodyContext> {
        guard !inspections.isEmpty else { return .empty }
        return section("abnahmen", "Abnahmen", .table(
            .thead(.tr(th("Abnahme"), th("Ergebnis"), th("Befund"), th("Rechtsgrundlage"))),
            .tbody(.forEach(inspections) { inspection in
                .tr(.td(.text(inspection.label)), .td(.text(inspection.resultLabel ?? "offen")), .td(.text(inspection.findings.isEmpty ? "—" : inspection.findings)), .td(.text(inspection.legalBasis)))
            })
        ))
    }

    static func timeline(_ events: [CaseEventDTO]) -> Node<HTML.BodyContext> {
        section("verlauf", "Verlauf", .ol(.forEach(events) { event in
            .li(.element(named: "time", text: GermanDate.formatWithTime(event.occurredAt)), .text(" – \(event.label) (\(event.actor))"))
        }))
    }
}
