// The decision notice (Bescheid) of a case: values from the case, text from the authority's template.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct DecisionNotice: Sendable {
    let text: String
    let title: String
    let blocks: [SimplePDF.Block]

    var pdf: SimplePDF { SimplePDF(title: title, blocks: blocks) }

    /// A complete HTML document for the PDF/A renderer.
    var standaloneHTML: String {
        """
        <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>\(NoticeMarkup.escape(title))</title>
        <style>@page { size: A4; margin: 2cm } body { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.4 }
        h1 { font-size: 16pt } h2 { font-size: 12pt; margin-top: 1.2em }</style></head><body>
        \(NoticeMarkup.html(blocks))</body></html>
        """
    }

    static func templateBody(for authorityID: UUID, on database: any Database) async throws -> String {
        try await TenantScope(authorityID: authorityID, database: database).query(TemplateModel.self)
            .filter(\.$name == DefaultTemplates.decisionName).first()?.body ?? DefaultTemplates.decision
    }

    static func render(
        item: CaseModel, authority: AuthorityModel, decision: DecisionModel, procedure: ProcedureDefinition,
        approverName: String, date: Date, services: ZuegigServices, on database: any Database
    ) async throws -> DecisionNotice {
        let template = try LetterTemplate(try await templateBody(for: item.authorityID, on: database))
        let applicant = try await UserModel.find(item.applicantID, on: database)
        let architect: UserModel? = if let architectID = item.architectID { try await UserModel.find(architectID, on: database) } else { nil }
        let outcome = DecisionOutcome(rawValue: decision.outcome) ?? .reject
        let title = outcome.grantsPermit ? "Baugenehmigung" : "Ablehnung des Bauantrags"
        let values: [String: Any] = [
            "authorityName": authority.name,
            "caseNumber": item.number ?? "—",
            "date": GermanDate.format(date),
            "decisionTitle": title,
            "applicantName": applicant?.displayName ?? "—",
            "architectName": architect?.displayName as Any,
            "title": item.title,
            "siteAddress": item.siteAddress,
            "parcel": item.parcel.isEmpty ? nil as String? as Any : item.parcel,
            "procedureName": procedure.name,
            "procedureLegalBasis": procedure.legalBasis,
            "decisionText": decisionText(outcome, title: item.title),
            "hasConditions": !decision.conditionList.isEmpty,
            "conditions": decision.conditionList,
            "reasons": decision.reasons,
            "fee": Money.format(cents: decision.feeCents),
            "feeExplanation": decision.feeExplanation,
            "approverName": approverName,
        ]
        let text = template.render(values)
        return DecisionNotice(text: text, title: "\(title) \(item.number ?? "")", blocks: NoticeMarkup.blocks(text, title: title))
    }

    static func decisionText(_ outcome: DecisionOutcome, title: String) -> String {
        switch outcome {
        case .approve: "Die Baugenehmigung für das Vorhaben „\(title)“ wird erteilt."
        case .approveWithConditions: "Die Baugenehmigung für das Vorhaben „\(title)“ wird mit den folgenden Nebenbestimmungen erteilt."
        case .reject: "Der Bauantrag für das Vorhaben „\(title)“ wird abgelehnt."
        case .deemedApproval: "Die Baugenehmigung für das Vorhaben „\(title)“ gilt kraft Gesetzes als erteilt."
        }
    }
}
