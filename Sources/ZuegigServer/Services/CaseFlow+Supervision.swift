// After the decision: construction start, inspections, completion.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

extension CaseFlow {
    func notifyConstructionStart(_ caseID: UUID, _ input: ConstructionStartInput, by principal: Principal) async throws -> CaseModel {
        guard let start = Day(iso: input.startDate) else {
            throw AppError(.validation, "Ungültiges Datum.", fieldErrors: ["startDate": ["Bitte im Format JJJJ-MM-TT."]])
        }
        let (_, authority, _) = try await workflow.open(caseID, for: principal)
        guard start >= workflow.today(in: authority) else {
            throw AppError(.validation, "Der Baubeginn kann nicht in der Vergangenheit liegen.", fieldErrors: ["startDate": ["Bitte ein Datum ab heute."]])
        }
        return try await workflow.perform(.notifyConstructionStart, on: caseID, by: principal, payload: ["startDate": start.description])
    }

    func recordInspection(_ caseID: UUID, inspection inspectionID: UUID, _ input: InspectionInput, by principal: Principal) async throws -> CaseModel {
        guard let result = InspectionResult(rawValue: input.result) else {
            throw AppError(.validation, "Unbekanntes Ergebnis.", fieldErrors: ["result": ["Erlaubt: passed, passedWithDefects, failed."]])
        }
        let findings = (input.findings ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var validation = Validation()
        validation.check(result == .passed || !findings.isEmpty, "findings", "Bitte beschreiben Sie die Mängel.")
        validation.check(findings.count <= Limits.longText, "findings", "Der Befund ist zu lang (bis 20.000 Zeichen).")
        try validation.finish()
        return try await workflow.perform(.recordInspection, on: caseID, by: principal, payload: ["result": result.rawValue]) { context in
            let scope = TenantScope(authorityID: context.item.authorityID, database: context.transaction)
            guard let inspection = try await scope.query(InspectionModel.self).filter(\.$id == inspectionID).filter(\.$caseID == caseID).first() else {
                throw AppError(.notFound, "Diese Abnahme gibt es bei diesem Vorgang nicht.")
            }
            if let previous = inspection.result, previous != InspectionResult.failed.rawValue {
                throw AppError(.conflict, "Diese Abnahme ist bereits erfasst.")
            }
            inspection.result = result.rawValue
            inspection.findings = findings
            inspection.recordedBy = principal.userID
            inspection.recordedAt = services.now()
            try await inspection.save(on: context.transaction)
            // The visit planned for this inspection is done, however the result was recorded.
            if result != .failed {
                try await scope.query(VisitRequestModel.self).filter(\.$inspectionID == inspectionID).filter(\.$status ~~ [.open, .confirmed])
                    .set(\.$status, to: .done).update()
            }
        }
    }

    func notifyCompletion(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        try await workflow.perform(.notifyCompletion, on: caseID, by: principal)
    }
}
