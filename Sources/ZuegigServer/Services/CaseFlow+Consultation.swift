// Consulting agencies and their statements; assessment notes.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

extension CaseFlow {
    func startConsultation(_ caseID: UUID, _ input: ConsultationInput, by principal: Principal) async throws -> CaseModel {
        let chosen = Array(Set(input.agencies))
        guard !chosen.isEmpty, chosen.count <= 30 else {
            throw AppError(.validation, "Bitte wählen Sie eine bis 30 Fachbehörden.", fieldErrors: ["agencies": ["Bitte wählen Sie mindestens eine Fachbehörde."]])
        }
        return try await workflow.perform(.startConsultation, on: caseID, by: principal, payload: ["agencies": String(chosen.count)]) { context in
            let scope = TenantScope(authorityID: context.item.authorityID, database: context.transaction)
            let agencies = try await scope.query(AgencyModel.self).filter(\.$id ~~ chosen).all()
            guard agencies.count == chosen.count else {
                throw AppError(.validation, "Mindestens eine gewählte Fachbehörde gehört nicht zu dieser Behörde.", fieldErrors: ["agencies": ["Unbekannte Fachbehörde."]])
            }
            let already = Set(try await scope.query(ConsultationModel.self).filter(\.$caseID == caseID).all().map(\.agencyID))
            guard let due = context.outcome.startedDeadlines.first(where: { $0.definition.owedBy == .agency })?.result.lastDay else {
                throw AppError(.internal, "Das Verfahren definiert keine Frist für Stellungnahmen.")
            }
            for agency in agencies where !already.contains(try agency.requireID()) {
                try await scope.create(ConsultationModel(authorityID: context.item.authorityID, caseID: caseID, agencyID: try agency.requireID(), dueDay: due.description))
            }
        }
    }

    func submitStatement(_ caseID: UUID, consultation consultationID: UUID, _ input: StatementInput, by principal: Principal) async throws -> CaseModel {
        guard let verdict = StatementVerdict(rawValue: input.verdict) else {
            throw AppError(.validation, "Unbekanntes Votum.", fieldErrors: ["verdict": ["Erlaubt: consent, consentWithConditions, objection."]])
        }
        let text = input.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let conditions = Validation.cleanList(input.conditions)
        var validation = Validation()
        validation.check(!text.isEmpty && text.count <= Limits.longText, "text", "Bitte begründen Sie die Stellungnahme (bis 20.000 Zeichen).")
        validation.check(verdict != .consentWithConditions || !conditions.isEmpty, "conditions", "Bitte nennen Sie die Auflagen.")
        validation.check(conditions.count <= Limits.listItems && conditions.allSatisfy { $0.count <= 2_000 }, "conditions", "Höchstens 50 Auflagen mit je bis zu 2.000 Zeichen.")
        try validation.finish()
        return try await workflow.perform(.submitStatement, on: caseID, by: principal, payload: ["verdict": verdict.rawValue]) { context in
            let scope = TenantScope(authorityID: context.item.authorityID, database: context.transaction)
            guard let consultation = try await scope.query(ConsultationModel.self).filter(\.$id == consultationID).filter(\.$caseID == caseID).first(),
                  consultation.agencyID == principal.actor.agencyID
            else { throw AppError(.notFound, "Diese Beteiligung gibt es nicht oder sie ist nicht an Ihre Fachbehörde gerichtet.") }
            guard consultation.status == .open else { throw AppError(.conflict, "Zu dieser Beteiligung liegt bereits eine Stellungnahme vor.") }
            consultation.status = .answered
            consultation.verdict = verdict.rawValue
            consultation.statement = text
            consultation.conditions = verdict == .consentWithConditions ? conditions.joined(separator: "\n") : ""
            consultation.answeredBy = principal.userID
            consultation.answeredAt = services.now()
            try await consultation.save(on: context.transaction)
        }
    }

    func assess(_ caseID: UUID, _ input: AssessmentInput, by principal: Principal) async throws -> CaseModel {
        let note = input.note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !note.isEmpty, note.count <= Limits.longText else {
            throw AppError(.validation, "Bitte geben Sie einen Prüfvermerk ein (bis 20.000 Zeichen).", fieldErrors: ["note": ["Der Prüfvermerk fehlt."]])
        }
        return try await workflow.perform(.assess, on: caseID, by: principal, payload: ["note": note])
    }
}
