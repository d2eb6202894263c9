// The forms of the actions a person may take on the case now; each posts to /vorgaenge/{id}/aktionen/{action}.
import Foundation
import Plot
import ZuegigDomain

struct CaseActions {
    let page: CasePage

    func forms() -> Node<HTML.BodyContext> {
        let forms: [Node<HTML.BodyContext>] = [
            page.can(.submit) ? simple(.submit, "Antrag einreichen", hint: "Mit dem Einreichen erhält der Antrag ein Aktenzeichen und die Fristen beginnen.") : .empty,
            page.can(.supplyDocuments) ? simple(.supplyDocuments, "Nachgereichte Unterlagen einreichen", hint: "Laden Sie zuerst die nachgeforderten Dokumente hoch.") : .empty,
            page.can(.markComplete) ? simple(.markComplete, "Vollständigkeit bestätigen") : .empty,
            page.can(.requestDeficiencies) ? deficiencyForm() : .empty,
            page.can(.startConsultation) ? consultationForm() : .empty,
            page.can(.submitStatement) ? statementForms() : .empty,
            page.can(.assess) ? form(.assess, textArea("Prüfvermerk", name: "note", value: page.planSummary ?? "",
                                                       hint: page.planSummary == nil ? nil : "Vorgeschlagen aus der Prüfung gegen den Bebauungsplan; bitte ergänzen."),
                                     .button(.type(.submit), "Prüfvermerk speichern")) : .empty,
            page.can(.draftDecision) ? decisionForm() : .empty,
            page.can(.approveDecision) ? simple(.approveDecision, "Bescheid freigeben und erlassen", hint: "Vier-Augen-Prinzip: nur wer den Bescheid nicht entworfen hat.") : .empty,
            page.can(.notifyConstructionStart) ? constructionStartForm() : .empty,
            page.can(.recordInspection) ? inspectionForms() : .empty,
            page.can(.notifyCompletion) ? simple(.notifyCompletion, "Fertigstellung anzeigen") : .empty,
            page.can(.archive) ? simple(.archive, "Vorgang archivieren") : .empty,
            page.can(.withdraw) ? simple(.withdraw, "Antrag zurücknehmen", hint: "Die Rücknahme kann nicht rückgängig gemacht werden.") : .empty,
        ]
        return CaseSections.section("aktionen", "Nächste Schritte", .div(
            .if(page.detail.availableActions.filter { $0 != CaseAction.uploadDocument.rawValue && $0 != CaseAction.updateDraft.rawValue }.isEmpty,
                .p("Für Sie ist in diesem Verfahrensschritt nichts zu tun.")),
            .group(forms)
        ))
    }

    func action(_ action: CaseAction) -> String { "\(page.path)/aktionen/\(action.rawValue)" }

    func form(_ action: CaseAction, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
        .form(.class("stacked"), .action(self.action(action)), .method(.post), FormFields.csrf(page.context), .group(content))
    }

    func simple(_ action: CaseAction, _ label: String, hint: String? = nil) -> Node<HTML.BodyContext> {
        form(action, .unwrap(hint) { .p(.class("hint"), .text($0)) }, .button(.type(.submit), .text(label)))
    }

    func textArea(_ label: String, name: String, value: String = "", hint: String? = nil, rows: Int = 4) -> Node<HTML.FormContext> {
        .div(
            .label(.for(name), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(name)-hinweis"), .text($0)) },
            .textarea(.name(name), .id(name), .rows(rows), .if(hint != nil, .attribute(named: "aria-describedby", value: "\(name)-hinweis")), .text(value))
        )
    }

    func deficiencyForm() -> Node<HTML.BodyContext> {
        var items = page.detail.requiredDocuments.filter { !$0.present }.map { "\($0.label) fehlt" }
        var message = ""
        var hint = "Ein Punkt je Zeile. Vorschlag aus der Liste der erforderlichen Bauvorlagen."
        if let report = page.intake?.completeness {
            // The completeness check reads the documents themselves: its list replaces the upload labels.
            items = report.missing.map { "\($0.label) fehlt (\($0.legalBasis))" } + report.inconsistencies.map(\.message)
                + report.notices.filter { $0.kind == .textEmpty || $0.kind == .textFailed }.map(\.message)
            message = report.deficiencyDraft
            hint = "Ein Punkt je Zeile. Vorschlag aus der Vollständigkeitsprüfung; bitte prüfen und anpassen."
        }
        return form(
            .requestDeficiencies,
            .h3("Unterlagen nachfordern"),
            textArea("Fehlende Unterlagen und Mängel", name: "items", value: items.joined(separator: "\n"), hint: hint),
            textArea("Anschreiben (optional)", name: "message", value: message, rows: message.isEmpty ? 3 : 14),
            .div(
                .label(.for("dueDate"), "Frist (optional, sonst nach Verfahrensvorgabe)"),
                .input(.type(.date), .name("dueDate"), .id("dueDate"))
            ),
            .button(.type(.submit), "Nachforderung senden")
        )
    }

    func consultationForm() -> Node<HTML.BodyContext> {
        let consulted = Set(page.detail.consultations.map(\.agencyID))
        return form(
            .startConsultation,
            .fieldset(
                .element(named: "legend", text: "Fachbehörden beteiligen"),
                .forEach(page.agencies.filter { !consulted.contains($0.id) }) { agency in
                    .div(
                        .input(.type(.checkbox), .name("agencies[]"), .id("agency-\(agency.id.uuidString.lowercased())"), .value(agency.id.uuidString.lowercased())),
                        .label(.for("agency-\(agency.id.uuidString.lowercased())"), .text(agency.name))
                    )
                }
            ),
            .button(.type(.submit), "Beteiligung starten")
        )
    }

    func statementForms() -> Node<HTML.BodyContext> {
        .group(page.detail.consultations.filter { $0.status == "open" }.map { consultation in
            .form(
                .class("stacked"), .action("\(action(.submitStatement))?beteiligung=\(consultation.id.uuidString.lowercased())"), .method(.post),
                FormFields.csrf(page.context),
                .fieldset(
                    .element(named: "legend", text: "Stellungnahme (\(consultation.agencyName))"),
                    .forEach(StatementVerdict.allCases) { verdict in
                        .div(
                            .input(.type(.radio), .name("verdict"), .id("verdict-\(verdict.rawValue)"), .value(verdict.rawValue), .required(true)),
                            .label(.for("verdict-\(verdict.rawValue)"), .text(verdict.germanLabel))
                        )
                    }
                ),
                textArea("Begründung", name: "text"),
                textArea("Auflagen (eine je Zeile, nur bei Zustimmung mit Auflagen)", name: "conditions", rows: 3),
                .button(.type(.submit), "Stellungnahme abgeben")
            )
        })
    }

    func decisionForm() -> Node<HTML.BodyContext> {
        let proposed = page.detail.consultations.flatMap(\.conditions)
        let current = page.detail.decision
        return form(
            .draftDecision,
            .fieldset(
                .element(named: "legend", text: "Bescheid entwerfen"),
                .forEach([DecisionOutcome.approve, .approveWithConditions, .reject]) { outcome in
                    .div(
                        .input(.type(.radio), .name("outcome"), .id("outcome-\(outcome.rawValue)"), .value(outcome.rawValue), .required(true),
                               .checked(current?.outcome == outcome.rawValue)),
                        .label(.for("outcome-\(outcome.rawValue)"), .text(outcome.germanLabel))
                    )
                }
            ),
            textArea("Nebenbestimmungen (eine je Zeile)", name: "conditions", value: (current?.conditions ?? proposed).joined(separator: "\n"),
                     hint: proposed.isEmpty ? nil : "Vorgeschlagen aus den Stellungnahmen der Fachbehörden."),
            textArea("Begründung", name: "reasons", value: current?.reasons ?? page.planSummary ?? "",
                     hint: current == nil && page.planSummary != nil ? "Vorgeschlagen aus der Prüfung gegen den Bebauungsplan." : nil, rows: 6),
            .button(.type(.submit), "Entwurf speichern")
        )
    }

    func constructionStartForm() -> Node<HTML.BodyContext> {
        form(
            .notifyConstructionStart,
            .div(.label(.for("startDate"), "Geplanter Baubeginn"), .input(.type(.date), .name("startDate"), .id("startDate"), .required(true))),
            .button(.type(.submit), "Baubeginn anzeigen")
        )
    }

    func inspectionForms() -> Node<HTML.BodyContext> {
        .group(page.detail.inspections.filter { $0.result == nil || $0.result == InspectionResult.failed.rawValue }.map { inspection in
            let prefix = inspection.kind
            return .form(
                .class("stacked"), .action("\(action(.recordInspection))?abnahme=\(inspection.id.uuidString.lowercased())"), .method(.post),
                FormFields.csrf(page.context),
                .fieldset(
                    .element(named: "legend", text: inspection.label),
                    .forEach(InspectionResult.allCases) { result in
                        .div(
                            .input(.type(.radio), .name("result"), .id("\(prefix)-\(result.rawValue)"), .value(result.rawValue), .required(true)),
                            .label(.for("\(prefix)-\(result.rawValue)"), .text(result.germanLabel))
                        )
                    }
                ),
                textArea("Befund und Mängel", name: "findings", rows: 3),
                .button(.type(.submit), .text("\(inspection.label) erfassen"))
            )
        })
    }
}
