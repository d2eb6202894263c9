// Gathers everything the permission rules and guards need about one case.
import FluentKit
import Foundation
import ZuegigDomain
import ZuegigPersistence

public enum CaseFactsLoader {
    public static func load(_ item: CaseModel, on database: any Database) async throws -> CaseFacts {
        let caseID = try item.requireID()
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        async let documents = scope.query(DocumentModel.self).filter(\.$caseID == caseID).all()
        async let consultations = scope.query(ConsultationModel.self).filter(\.$caseID == caseID).all()
        async let decision = scope.query(DecisionModel.self).filter(\.$caseID == caseID).first()
        async let inspections = scope.query(InspectionModel.self).filter(\.$caseID == caseID).all()
        let recorded = try await inspections.reduce(into: [InspectionRequirement.Kind: InspectionResult]()) { result, inspection in
            if let kind = InspectionRequirement.Kind(rawValue: inspection.kind), let value = inspection.result.flatMap(InspectionResult.init) {
                result[kind] = value
            }
        }
        let drafted = try await decision
        return CaseFacts(
            authorityID: item.authorityID, applicantID: item.applicantID, architectID: item.architectID, step: item.step,
            consultedAgencyIDs: Set(try await consultations.map(\.agencyID)), decisionDrafterID: drafted?.draftedBy,
            decisionOutcome: drafted.flatMap { DecisionOutcome(rawValue: $0.outcome) }, buildingClass: item.buildingClass,
            documentKinds: Set(try await documents.map(\.kind)), inspectionResults: recorded
        )
    }
}
