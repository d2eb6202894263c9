// Drafting the decision, approving it (four eyes) and issuing the notice as HTML and PDF.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

extension CaseFlow {
    func draftDecision(_ caseID: UUID, _ input: DecisionDraftInput, by principal: Principal) async throws -> CaseModel {
        guard let outcome = DecisionOutcome(rawValue: input.outcome), outcome != .deemedApproval else {
            throw AppError(.validation, "Unbekannte Entscheidung.", fieldErrors: ["outcome": ["Erlaubt: approve, approveWithConditions, reject."]])
        }
        let reasons = input.reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        let own = Validation.cleanList(input.conditions)
        let (item, _, engine) = try await workflow.open(caseID, for: principal)
        let adopted = input.adoptStatementConditions == true
            ? try await TenantScope(authorityID: item.authorityID, database: database).query(ConsultationModel.self)
                .filter(\.$caseID == caseID).filter(\.$status == .answered).all().flatMap(\.conditionList)
            : []
        let conditions = outcome == .reject ? [] : own + adopted.filter { !own.contains($0) }
        var validation = Validation()
        validation.check(!reasons.isEmpty && reasons.count <= Limits.longText, "reasons", "Bitte begründen Sie die Entscheidung (bis 20.000 Zeichen).")
        validation.check(outcome != .approveWithConditions || !conditions.isEmpty, "conditions", "Bitte nennen Sie die Nebenbestimmungen.")
        validation.check(outcome != .approve || conditions.isEmpty, "conditions", "Eine Genehmigung ohne Nebenbestimmungen hat keine Auflagen; wählen Sie „mit Nebenbestimmungen“.")
        validation.check(conditions.count <= Limits.listItems && conditions.allSatisfy { $0.count <= 2_000 }, "conditions", "Höchstens 50 Nebenbestimmungen mit je bis zu 2.000 Zeichen.")
        try validation.finish()
        let fee = engine.procedure.fee.calculate(constructionCostCents: item.declaredCostCents ?? 0)
        let feeExplanation = item.declaredCostCents == nil ? fee.explanation + "; Baukosten nicht angegeben" : fee.explanation
        return try await workflow.perform(.draftDecision, on: caseID, by: principal, payload: ["outcome": outcome.rawValue, "conditions": String(conditions.count)]) { context in
            let scope = TenantScope(authorityID: context.item.authorityID, database: context.transaction)
            let decision = try await scope.query(DecisionModel.self).filter(\.$caseID == caseID).first()
                ?? DecisionModel(authorityID: context.item.authorityID, caseID: caseID, outcome: outcome.rawValue, conditions: [], reasons: "",
                                 feeCents: 0, feeExplanation: "", draftedBy: principal.userID)
            decision.outcome = outcome.rawValue
            decision.conditions = conditions.joined(separator: "\n")
            decision.reasons = reasons
            decision.feeCents = fee.amountCents
            decision.feeExplanation = feeExplanation
            decision.draftedBy = principal.userID
            if decision.id == nil { try await scope.create(decision) } else { try await decision.save(on: context.transaction) }
        }
    }

    /// Approval by a supervisor who did not draft: the notice is rendered from the authority's template.
    func approveDecision(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        try await workflow.check(.approveDecision, on: caseID, by: principal)
        let (item, authority, engine) = try await workflow.open(caseID, for: principal)
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        guard let decision = try await scope.query(DecisionModel.self).filter(\.$caseID == caseID).first() else {
            throw AppError(.wrongStep, TransitionGuard.decisionDrafted.germanExplanation)
        }
        let issued = services.now()
        let notice = try await DecisionNotice.render(
            item: item, authority: authority, decision: decision, procedure: engine.procedure,
            approverName: principal.displayName, date: issued, services: services, on: database
        )
        let pdf = await services.pdf.render(notice.standaloneHTML, notice.pdf)
        let hash = try services.documents.put(pdf.data)
        return try await workflow.perform(.approveDecision, on: caseID, by: principal, payload: ["pdf": pdf.producer, "sha256": hash]) { context in
            let document = DocumentModel(
                authorityID: context.item.authorityID, caseID: caseID, kind: "bescheid", fileName: "Bescheid-\(context.item.number ?? "Entwurf").pdf",
                mediaType: "application/pdf", sizeBytes: pdf.data.count, sha256: hash, uploadedBy: principal.userID
            )
            try await TenantScope(authorityID: context.item.authorityID, database: context.transaction).create(document)
            decision.approvedBy = principal.userID
            decision.approvedAt = issued
            decision.documentID = try document.requireID()
            decision.noticeText = notice.text
            decision.pdfProducer = pdf.producer
            try await decision.save(on: context.transaction)
        }
    }

    /// The issued notice: the PDF, or the same text as an HTML page.
    func decisionDocument(_ caseID: UUID, by principal: Principal) async throws -> (decision: DecisionModel, pdf: Data, title: String) {
        let (item, _, _) = try await workflow.open(caseID, for: principal)
        guard let decision = try await TenantScope(authorityID: item.authorityID, database: database).query(DecisionModel.self)
            .filter(\.$caseID == caseID).first(), decision.approvedAt != nil, let documentID = decision.documentID,
            let document = try await TenantScope(authorityID: item.authorityID, database: database).find(DocumentModel.self, documentID)
        else { throw AppError(.notFound, "Zu diesem Vorgang wurde noch kein Bescheid erlassen.") }
        return (decision, try services.documents.read(document.sha256), "Bescheid \(item.number ?? "")")
    }
}
