// What the API and the case page show of one case: facts, deadlines, tasks, documents, the timeline.
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct DeadlineDTO: Content, Sendable {
    let id: UUID
    let label: String
    let legalBasis: String
    let startDay: String
    let dueDay: String
    let status: String
    let onExpiry: String
    let owedBy: String
    let note: String
    /// Whole days until the end (negative when passed); only for running deadlines.
    let daysLeft: Int?
    /// A reminder is due: the deadline runs and one of its reminder days has come.
    let reminderDue: Bool

    init(_ model: DeadlineModel, today: Day) throws {
        id = try model.requireID()
        label = model.label
        legalBasis = model.legalBasis
        startDay = model.startDay
        dueDay = model.dueDay
        status = model.status.rawValue
        onExpiry = model.onExpiry
        owedBy = model.owedBy
        note = model.note
        let left = Day(iso: model.dueDay).map { $0.ordinal - today.ordinal }
        daysLeft = model.status == .running ? left : nil
        let reminderDays = model.reminderDays.split(separator: ",").compactMap { Int($0) }
        reminderDue = model.status == .running && (left.map { DeadlineReminder.isDue(daysLeft: $0, reminderDaysBefore: reminderDays) } ?? false)
    }
}

struct DocumentDTO: Content, Sendable {
    let id: UUID
    let kind: String
    let fileName: String
    let mediaType: String
    let sizeBytes: Int
    let sha256: String
    let version: Int
    let originalID: UUID?
    let uploadedAt: Date?

    init(_ model: DocumentModel) throws {
        id = try model.requireID()
        kind = model.kind
        fileName = model.fileName
        mediaType = model.mediaType
        sizeBytes = model.sizeBytes
        sha256 = model.sha256
        version = model.version
        originalID = model.originalID
        uploadedAt = model.createdAt
    }
}

struct ConsultationDTO: Content, Sendable {
    let id: UUID
    let agencyID: UUID
    let agencyName: String
    let dueDay: String
    let status: String
    let verdict: String?
    let statement: String?
    let conditions: [String]
}

struct DecisionDTO: Content, Sendable {
    let outcome: String
    let outcomeLabel: String
    let conditions: [String]
    let reasons: String
    let feeCents: Int
    let fee: String
    let feeExplanation: String
    let draftedBy: UUID
    let approved: Bool
    let approvedAt: Date?
    let documentID: UUID?

    init(_ model: DecisionModel) {
        outcome = model.outcome
        outcomeLabel = DecisionOutcome(rawValue: model.outcome)?.germanLabel ?? model.outcome
        conditions = model.conditionList
        reasons = model.reasons
        feeCents = model.feeCents
        fee = Money.format(cents: model.feeCents)
        feeExplanation = model.feeExplanation
        draftedBy = model.draftedBy
        approved = model.approvedAt != nil
        approvedAt = model.approvedAt
        documentID = model.documentID
    }
}

struct InspectionDTO: Content, Sendable {
    let id: UUID
    let kind: String
    let label: String
    let legalBasis: String
    let result: String?
    let resultLabel: String?
    let findings: String
    let recordedAt: Date?

    init(_ model: InspectionModel) throws {
        id = try model.requireID()
        kind = model.kind
        label = InspectionRequirement.Kind(rawValue: model.kind)?.germanLabel ?? model.kind
        legalBasis = model.legalBasis
        result = model.result
        resultLabel = model.result.flatMap(InspectionResult.init)?.germanLabel
        findings = model.findings
        recordedAt = model.recordedAt
    }
}

struct DeficiencyDTO: Content, Sendable {
    let items: [String]
    let message: String
    let dueDay: String
    let answered: Bool
}

struct CaseEventDTO: Content, Sendable {
    let sequence: Int64
    let occurredAt: Date
    let actor: String
    let action: String
    let label: String
}

struct CaseDetailDTO: Content, Sendable {
    let summary: CaseDTO
    /// The step as the procedure file names it.
    let stepLabel: String
    let procedureName: String
    let procedureLegalBasis: String
    let description: String
    let parcel: String
    let buildingClass: Int?
    let declaredCostCents: Int?
    let deadlines: [DeadlineDTO]
    let requiredDocuments: [RequiredDocumentDTO]
    let deficiencyRequests: [DeficiencyDTO]
    let consultations: [ConsultationDTO]
    let decision: DecisionDTO?
    let inspections: [InspectionDTO]
    /// Actions the caller's role may take in the current step (guards may still refuse).
    let availableActions: [String]
}

struct RequiredDocumentDTO: Content, Sendable {
    let kind: String
    let label: String
    let legalBasis: String
    let present: Bool
}
