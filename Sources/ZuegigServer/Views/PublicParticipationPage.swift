// The public page of one participation (no account needed): what is planned, the period, the
// published documents and the statement form, or a clear message when the form is closed.
import Foundation
import Plot
import ZuegigDomain
import ZuegigPersistence

struct PublicParticipationPage: Page {
    let context: PageContext
    let participation: ParticipationModel
    let authorityName: String
    let phase: PlanningPhase?
    let state: ParticipationPeriod.State
    let documents: [ParticipationDocumentModel]
    let formToken: String
    var values: [String: String] = [:]
    var fieldErrors: [String: [String]] = [:]
    var error: String?

    var title: String { participation.title }
    var period: ParticipationPeriod { ParticipationService.period(participation) }
    var base: String { "/beteiligung/\(participation.slug)" }
    var acceptsPublic: Bool { phase?.audience != .agencies }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(participation.title)),
            .p(.text("\(authorityName) · \(phase?.label ?? "Beteiligung")")),
            .dl(.class("facts"),
                .dt("Zeitraum"), .dd(.text(period.german)),
                .dt("Rechtsgrundlage"), .dd(.text(phase?.legalBasis ?? "–")),
                .dt("Stand"), .dd(.text(stateLabel))),
            .if(!participation.descriptionText.isEmpty, .div(.class("statement"), .text(participation.descriptionText))),
            .if(participation.resultPublished, .p(.a(.href("\(base)/ergebnis"), "Ergebnis der Abwägung ansehen"))),
            documentsSection,
            formSection
        )
    }

    var stateLabel: String {
        switch state {
        case .upcoming: "Die Beteiligung beginnt am \(period.firstDay.german)."
        case .open: "Stellungnahmen sind bis zum \(period.lastDay.german) (24 Uhr) möglich."
        case .closed: "Die Beteiligung ist beendet."
        }
    }

    var documentsSection: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "unterlagen"),
            .h2(.id("unterlagen"), "Unterlagen"),
            .if(state != .open, .p("Die Unterlagen sind während des Beteiligungszeitraums hier abrufbar.")),
            .if(state == .open && documents.isEmpty, .p("Zu dieser Beteiligung sind keine Unterlagen veröffentlicht.")),
            .if(state == .open && !documents.isEmpty, .ul(.forEach(documents) { document in
                .li(.a(.href("\(base)/unterlagen/\(document.id!.uuidString.lowercased())"), .text(document.title)),
                    .text(" (\(document.mediaType == "application/pdf" ? "PDF" : "Bild"), \(max(1, document.sizeBytes / 1024)) KB)"))
            }))
        )
    }

    var formSection: Node<HTML.BodyContext> {
        let limits = StatementSubmission.Limits()
        guard state == .open, acceptsPublic else {
            let message = !acceptsPublic ? "In dieser Phase werden nur Behörden und Träger öffentlicher Belange beteiligt."
                : state == .upcoming ? "Das Formular öffnet am \(period.firstDay.german)." : "Die Frist für Stellungnahmen ist am \(period.lastDay.german) abgelaufen. Das Formular ist geschlossen."
            return .section(.attribute(named: "aria-labelledby", value: "stellungnahme"), .h2(.id("stellungnahme"), "Stellungnahme abgeben"),
                            .div(.attribute(named: "role", value: "status"), .p(.text(message))))
        }
        return .section(
            .attribute(named: "aria-labelledby", value: "stellungnahme"),
            .h2(.id("stellungnahme"), "Stellungnahme abgeben"),
            FormFields.errorSummary(error),
            .p(.class("hint"), "Name, Anschrift und E-Mail sind freiwillig. Sie dienen nur der Eingangsbestätigung und der Mitteilung des Ergebnisses und werden nicht veröffentlicht. In veröffentlichten Unterlagen werden personenbezogene Angaben durch Platzhalter ersetzt."),
            .form(
                .class("wide"), .action(base), .method(.post), .enctype(.multipartData), FormFields.csrf(context),
                .input(.type(.hidden), .name("token"), .value(formToken)),
                .div(.class("trap"), .attribute(named: "aria-hidden", value: "true"),
                     .label(.for("website"), "Bitte dieses Feld leer lassen"),
                     .input(.type(.text), .name("website"), .id("website"), .attribute(named: "tabindex", value: "-1"), .attribute(named: "autocomplete", value: "off"))),
                .div(
                    .label(.for("text"), "Ihre Stellungnahme"),
                    .p(.class("hint"), .id("text-hinweis"), .text("\(limits.minTextLength) bis \(limits.maxTextLength) Zeichen.")),
                    errors("text"),
                    .textarea(.name("text"), .id("text"), .attribute(named: "rows", value: "12"), .attribute(named: "maxlength", value: String(limits.maxTextLength)),
                              .required(true), .attribute(named: "aria-describedby", value: "text-hinweis"), .text(values["text"] ?? ""))
                ),
                optional("Name (freiwillig)", name: "name", autocomplete: "name", maxLength: limits.maxNameLength),
                optional("Anschrift (freiwillig)", name: "address", autocomplete: "street-address", maxLength: limits.maxAddressLength),
                optional("E-Mail für die Eingangsbestätigung (freiwillig)", name: "email", autocomplete: "email", maxLength: 254, type: .email),
                .div(
                    .label(.for("attachments"), "Anlagen (freiwillig)"),
                    .p(.class("hint"), .id("attachments-hinweis"), .text("Bis zu \(limits.maxAttachments) Dateien als PDF, PNG oder JPEG, je höchstens \(limits.maxAttachmentBytes / 1_048_576) MB.")),
                    errors("attachments"),
                    .input(.type(.file), .name("attachments[]"), .id("attachments"), .attribute(named: "multiple", value: "multiple"),
                           .attribute(named: "accept", value: ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"),
                           .attribute(named: "aria-describedby", value: "attachments-hinweis"))
                ),
                .button(.type(.submit), "Stellungnahme senden")
            )
        )
    }

    func errors<Context>(_ field: String) -> Node<Context> {
        .forEach(fieldErrors[field] ?? []) { .element(named: "p", nodes: [.attribute(named: "class", value: "field-error"), .text($0)]) }
    }

    func optional(_ label: String, name: String, autocomplete: String, maxLength: Int, type: HTMLInputType = .text) -> Node<HTML.FormContext> {
        .div(
            .label(.for(name), .text(label)),
            errors(name),
            .input(.type(type), .name(name), .id(name), .value(values[name] ?? ""), .attribute(named: "autocomplete", value: autocomplete),
                   .attribute(named: "maxlength", value: String(maxLength)))
        )
    }
}
