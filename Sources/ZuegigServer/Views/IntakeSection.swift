// The case worker's document intake on the case page: per document what was read, the suggested
// kind and the extracted fields (each to accept or correct), and the completeness panel.
import Foundation
import Plot
import ZuegigAI
import ZuegigDomain

struct IntakeSection {
    let intake: IntakeOverviewDTO
    let casePath: String
    let context: PageContext
    let canReview: Bool

    var body: Node<HTML.BodyContext> {
        CaseSections.section("eingangspruefung", "Eingangsprüfung mit KI-Vorschlägen", .div(
            .p(.class("hint"), .text("Vorschläge des Systems: bitte prüfen, übernehmen oder korrigieren. Modell: \(intake.model). Texterkennung: \(intake.textTools).")),
            .if(intake.documents.isEmpty, .p("Noch keine Dokumente.")),
            .forEach(intake.documents) { document($0) },
            completeness()
        ))
    }

    func document(_ document: IntakeDocumentDTO) -> Node<HTML.BodyContext> {
        let id = document.documentID.uuidString.lowercased()
        let anchor = "dok-\(id)"
        return .article(
            .class("intake-document"), .attribute(named: "aria-labelledby", value: anchor),
            .h3(.id(anchor), .text("\(document.fileName) (Version \(document.version))")),
            .p(.text("Art laut Akte: \(document.kindLabel)"), .if(document.kindReview != nil, .text(document.kindReview == "accepted" ? " – Vorschlag übernommen" : " – von Hand korrigiert"))),
            .p(.text(Self.textStatus(document))),
            suggestion(document),
            .if(canReview && document.suggestion != nil, kindForm(document, id: id)),
            fields(document, id: id)
        )
    }

    static func textStatus(_ document: IntakeDocumentDTO) -> String {
        switch document.textStatus {
        case "pending": return "Text: wird gerade gelesen (Texterkennung läuft im Hintergrund)."
        case "unavailable": return "Texterkennung nicht verfügbar. " + (document.textMessage ?? "")
        case "failed": return "Text: nicht lesbar. " + (document.textMessage ?? "")
        case "empty": return "Text: das Dokument enthält keinen lesbaren Text."
        default:
            let layer = document.pages.filter { $0.method == "textLayer" }.map(\.page)
            let ocr = document.pages.filter { $0.method == "ocr" }.map(\.page)
            var parts: [String] = []
            if !layer.isEmpty { parts.append("Textebene (pdftotext) Seite \(pageList(layer))") }
            if !ocr.isEmpty { parts.append("Texterkennung (tesseract) Seite \(pageList(ocr))") }
            return "Text gelesen: " + parts.joined(separator: "; ") + (document.textMessage.map { " – \($0)" } ?? "")
        }
    }

    static func pageList(_ pages: [Int]) -> String {
        pages.count > 3 && pages.last! - pages.first! == pages.count - 1 ? "\(pages.first!)–\(pages.last!)" : pages.map(String.init).joined(separator: ", ")
    }

    func suggestion(_ document: IntakeDocumentDTO) -> Node<HTML.BodyContext> {
        guard let suggestion = document.suggestion else { return .empty }
        let percent = Int((suggestion.confidence * 100).rounded())
        let differs = suggestion.kind != nil && suggestion.kind != document.kind
        return .div(
            .p(
                .strong(.text("Vorschlag: \(suggestion.label)")),
                .text(suggestion.kind == nil ? " (unsicher, \(percent) %; am ehesten \(DocumentKind.germanLabel(for: suggestion.bestGuess)))" : " (Sicherheit \(percent) %)")
            ),
            .if(differs, .p(.class("field-error"), .text("Achtung: hochgeladen als „\(document.kindLabel)“, erkannt als „\(suggestion.label)“."))),
            .if(!suggestion.decisiveTerms.isEmpty, .p(.class("hint"), .text("Entscheidende Begriffe: \(suggestion.decisiveTerms.joined(separator: ", "))"))),
            .if(!suggestion.alternatives.isEmpty, .p(.class("hint"), .text("Weitere Möglichkeiten: \(suggestion.alternatives.joined(separator: ", "))")))
        )
    }

    func kindForm(_ document: IntakeDocumentDTO, id: String) -> Node<HTML.BodyContext> {
        let selected = document.suggestion?.kind ?? document.kind
        let selectID = "art-\(id)"
        let options: [Node<HTML.SelectContext>] = DocumentKind.allCases.map { kind in
            .element(named: "option", nodes: [
                .attribute(named: "value", value: kind.rawValue),
                kind.rawValue == selected ? .attribute(named: "selected", value: "selected") : .empty,
                .text(kind.germanLabel),
            ])
        }
        return .form(
            .class("inline"), .action("\(casePath)/dokumente/\(id)/pruefung"), .method(.post),
            FormFields.csrf(context),
            .label(.for(selectID), "Art der Unterlage"),
            .element(named: "select", nodes: [.attribute(named: "name", value: "kind"), .attribute(named: "id", value: selectID)] + options),
            .button(.type(.submit), "Art übernehmen")
        )
    }

    func fields(_ document: IntakeDocumentDTO, id: String) -> Node<HTML.BodyContext> {
        guard !document.fields.isEmpty else {
            return document.textStatus == "available" ? .p("Keine Angaben gefunden.") : .empty
        }
        guard canReview else { return fieldTable(document, id: id) }
        return .form(
            .action("\(casePath)/dokumente/\(id)/pruefung"), .method(.post),
            FormFields.csrf(context),
            fieldTable(document, id: id),
            .button(.type(.submit), "Angaben übernehmen")
        )
    }

    func fieldTable<Context: HTML.BodyContext>(_ document: IntakeDocumentDTO, id: String) -> Node<Context> {
        .table(
            .caption(.text("Gefundene Angaben in \(document.fileName)")),
            .thead(.tr(CaseSections.th("Angabe"), CaseSections.th("Wert"), CaseSections.th("Seite"), CaseSections.th("Fundstelle"), CaseSections.th("Stand"))),
            .tbody(.forEach(document.fields) { field in
                let inputID = "f-\(id)-\(field.field)"
                let shown = field.reviewedValue ?? field.germanValue
                return .tr(
                    .td(canReview ? .label(.for(inputID), .text(field.label)) : .text(field.label)),
                    .td(canReview
                        ? .input(.type(.text), .name("field.\(field.field)"), .id(inputID), .value(shown), .attribute(named: "maxlength", value: "200"))
                        : .text(shown)),
                    .td(.text(String(field.page))),
                    .td(.class("hint"), .text(field.evidence)),
                    .td(.text(field.review == "accepted" ? "übernommen" : field.review == "corrected" ? "korrigiert" : "Vorschlag"))
                )
            })
        )
    }

    func completeness() -> Node<HTML.BodyContext> {
        let report = intake.completeness
        return .section(
            .attribute(named: "aria-labelledby", value: "vollstaendigkeit"),
            .h3(.id("vollstaendigkeit"), "Vollständigkeitsprüfung (Vorschlag)"),
            .p(.text(report.isComplete ? "Nach den Vorschlägen sind alle erforderlichen Bauvorlagen vorhanden und die Angaben stimmen überein." : "Nach den Vorschlägen ist der Antrag nicht vollständig.")),
            .p(.class("hint"), .text("Gebäudeklasse für bedingte Unterlagen: \(report.buildingClass.map(String.init) ?? "unbekannt") (\(report.buildingClassSource))")),
            .if(!report.missing.isEmpty, .div(.h4("Fehlende Unterlagen"), .ul(.forEach(report.missing) { item in
                .li(.text(item.label), .span(.class("hint"), .text(" (\(item.legalBasis)\(item.condition.map { "; \($0)" } ?? ""))")))
            }))),
            .if(!report.inconsistencies.isEmpty, .div(.h4("Widersprüchliche Angaben"), .ul(.forEach(report.inconsistencies) { .li(.text($0.message)) }))),
            .if(!report.notices.isEmpty, .div(.h4("Hinweise"), .ul(.forEach(report.notices) { .li(.text($0.message)) })))
        )
    }
}
