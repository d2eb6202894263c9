// Assembles the full view of one case for the API and the case page.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct CaseDetails: Sendable {
    let database: any Database
    let services: ZuegigServices

    func load(_ caseID: UUID, for principal: Principal) async throws -> CaseDetailDTO {
        let workflow = CaseWorkflow(database: database, services: services)
        let (item, authority, engine) = try await workflow.open(caseID, for: principal)
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        let facts = try await CaseFactsLoader.load(item, on: database)
        let actor = principal.actor
        let isStaff = principal.kind == .staff
        async let summary = CaseService(database: database).dtos([item])
        async let deadlines = scope.query(DeadlineModel.self).filter(\.$caseID == caseID).sort(\.$dueDay).all()
        async let deficiencies = scope.query(DeficiencyRequestModel.self).filter(\.$caseID == caseID).sort(\.$createdAt).all()
        async let consultations = scope.query(ConsultationModel.self).filter(\.$caseID == caseID).all()
        async let agencies = scope.query(AgencyModel.self).all()
        async let decision = scope.query(DecisionModel.self).filter(\.$caseID == caseID).first()
        async let inspections = scope.query(InspectionModel.self).filter(\.$caseID == caseID).sort(\.$createdAt).all()
        let agencyNames = Dictionary(uniqueKeysWithValues: try await agencies.compactMap { agency in agency.id.map { ($0, agency.name) } })
        let visibleConsultations = try await consultations.filter { isStaff && (actor.agencyID == nil || $0.agencyID == actor.agencyID) }
        let drafted = try await decision
        // Applicants see a decision once it is issued; staff also see the draft.
        let shownDecision = drafted.flatMap { isStaff || $0.approvedAt != nil ? $0 : nil }
        guard let first = try await summary.first else { throw AppError.caseNotFound }
        return CaseDetailDTO(
            summary: first, stepLabel: engine.procedure.label(of: item.step), procedureName: engine.procedure.name, procedureLegalBasis: engine.procedure.legalBasis,
            description: item.projectDescription, parcel: item.parcel, buildingClass: item.buildingClass, declaredCostCents: item.declaredCostCents,
            deadlines: try await deadlines.map { try DeadlineDTO($0, today: workflow.today(in: authority)) },
            requiredDocuments: engine.requiredDocuments(for: facts).map {
                RequiredDocumentDTO(kind: $0.kind, label: $0.label, legalBasis: $0.legalBasis, present: facts.documentKinds.contains($0.kind))
            },
            deficiencyRequests: try await deficiencies.map {
                DeficiencyDTO(items: $0.itemList, message: $0.message, dueDay: $0.dueDay, answered: $0.answeredAt != nil)
            },
            consultations: try visibleConsultations.map {
                ConsultationDTO(id: try $0.requireID(), agencyID: $0.agencyID, agencyName: agencyNames[$0.agencyID] ?? "—", dueDay: $0.dueDay,
                                status: $0.status.rawValue, verdict: $0.verdict, statement: $0.statement, conditions: $0.conditionList)
            },
            decision: shownDecision.map(DecisionDTO.init),
            inspections: try await inspections.map(InspectionDTO.init),
            availableActions: engine.availableActions(for: actor, on: facts).map(\.rawValue)
        )
    }

    /// The timeline: the case's audit events in German; applicants see what concerns them.
    func events(_ caseID: UUID, for principal: Principal) async throws -> [CaseEventDTO] {
        let workflow = CaseWorkflow(database: database, services: services)
        let (item, authority, _) = try await workflow.open(caseID, for: principal)
        let records = try await AuditEventModel.query(on: database)
            .filter(\.$chain == AuditRecord.chainName(for: item.authorityID))
            .filter(\.$subjectID == caseID.uuidString).sort(\.$sequence).all()
        let isStaff = principal.kind == .staff
        return records.compactMap { record in
            let action = String(record.action.dropFirst("case.".count))
            guard isStaff || CaseTimeline.publicActions.contains(action) else { return nil }
            return CaseEventDTO(
                sequence: record.sequence, occurredAt: record.occurredAt,
                actor: isStaff || record.actorID == principal.userID ? record.actorLabel : authority.name,
                action: record.action, label: CaseTimeline.label(action, payload: record.payload, staff: isStaff)
            )
        }
    }
}

/// German labels of the timeline.
enum CaseTimeline {
    static let publicActions: Set<String> = [
        "created", "updateDraft", "submit", "supplyDocuments", "requestDeficiencies", "markComplete", "startConsultation", "approveDecision",
        "notifyConstructionStart", "recordInspection", "notifyCompletion", "withdraw", "archive", "documentUploaded", "deemed", "visitScheduled",
    ]

    /// "Vor-Ort-Termin vereinbart: Rohbauabnahme am 24.11.2026 um 09:30 Uhr (Ines Inspektion)".
    static func visit(_ payload: String) -> String {
        let values = (try? JSONDecoder().decode([String: String].self, from: Data(payload.utf8))) ?? [:]
        let date = values["date"].flatMap { Day(iso: $0) }?.german ?? values["date"] ?? ""
        return "Vor-Ort-Termin vereinbart: \(values["title"] ?? "Besuch") am \(date) um \(values["start"] ?? "") Uhr (\(values["inspector"] ?? "Bauaufsicht"))"
    }

    static func label(_ action: String, payload: String, staff: Bool) -> String {
        switch action {
        case "created": "Antrag angelegt"
        case "updateDraft": "Antragsentwurf geändert"
        case "submit": "Antrag eingereicht"
        case "supplyDocuments": "Unterlagen nachgereicht"
        case "requestDeficiencies": "Unterlagen nachgefordert"
        case "markComplete": "Antrag vollständig"
        case "startConsultation": "Fachbehörden beteiligt"
        case "submitStatement": "Stellungnahme eingegangen"
        case "assess": staff ? "Prüfvermerk" : "In Prüfung"
        case "draftDecision": "Bescheid entworfen"
        case "approveDecision": "Bescheid erlassen"
        case "notifyConstructionStart": "Baubeginn angezeigt"
        case "recordInspection": "Abnahme erfasst"
        case "notifyCompletion": "Fertigstellung angezeigt"
        case "withdraw": "Antrag zurückgenommen"
        case "archive": "Vorgang archiviert"
        case "documentUploaded": "Dokument hochgeladen"
        case "documentReviewed": "Vorschlag zu einem Dokument geprüft"
        case "visitScheduled": Self.visit(payload)
        default: action
        }
    }
}
