// Acts on deadlines that have passed: what the procedure file says happens then (deemed approval,
// deemed consent, deemed completeness, deemed withdrawal) or just the overdue mark. Each deadline is
// claimed with a conditional UPDATE, so with several processes exactly one acts on it.
import Fluent
import Foundation
import SQLKit
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct DeadlineSweeper: Sendable {
    let database: any Database
    let services: ZuegigServices

    /// The system's identity in audit entries and as the "drafter" of a decision the law made.
    static let systemID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))
    static let systemLabel = "system:fristen"

    struct Report: Sendable, Equatable {
        var expired = 0
        var deemedApprovals = 0
        var deemedConsents = 0
        var deemedComplete = 0
        var deemedWithdrawn = 0
    }

    func sweep() async throws -> Report {
        var report = Report()
        let now = services.now()
        let authorities = try await AuthorityModel.query(on: database).all()
        for authority in authorities {
            let authorityID = try authority.requireID()
            let today = Day(now, in: TimeZone(identifier: authority.timeZone) ?? GermanDate.berlin)
            // A deadline runs to the end of its last day: it has passed once that day is over.
            let due = try await TenantScope(authorityID: authorityID, database: database).query(DeadlineModel.self)
                .filter(\.$status == .running).filter(\.$dueDay < today.description).all()
            for deadline in due {
                guard try await claim(deadline, now: now) else { continue }
                let effect = try await act(on: deadline, authority: authority, now: now)
                report.expired += 1
                report.deemedApprovals += effect.deemedApprovals
                report.deemedConsents += effect.deemedConsents
                report.deemedComplete += effect.deemedComplete
                report.deemedWithdrawn += effect.deemedWithdrawn
            }
        }
        return report
    }

    func claim(_ deadline: DeadlineModel, now: Date) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        let row = try await sql.raw("""
            UPDATE deadlines SET status = 'expired' WHERE id = \(bind: try deadline.requireID()) AND status = 'running' RETURNING id
            """).first()
        return row != nil
    }

    /// Carries out one expired deadline's effect; returns what it did (counts only).
    func act(on deadline: DeadlineModel, authority: AuthorityModel, now: Date) async throws -> Report {
        guard let item = try await TenantScope(authorityID: authority.requireID(), database: database).find(CaseModel.self, deadline.caseID) else { return Report() }
        let expiry = DeadlineExpiry(rawValue: deadline.onExpiry) ?? .remind
        let caseID = try item.requireID()
        return try await database.transaction { transaction in
            var report = Report()
            let scope = TenantScope(authorityID: item.authorityID, database: transaction)
            var target: CaseStep?
            switch expiry {
            case .remind:
                break
            case .deemedConsent:
                for consultation in try await scope.query(ConsultationModel.self).filter(\.$caseID == caseID).filter(\.$status == .open).all() {
                    consultation.status = .deemedConsent
                    consultation.answeredAt = now
                    try await consultation.save(on: transaction)
                    report.deemedConsents += 1
                }
            case .deemedComplete where item.step == .submitted:
                target = .complete
                report.deemedComplete += 1
            case .deemedWithdrawn where item.step == .deficienciesRequested:
                target = .withdrawn
                report.deemedWithdrawn += 1
            case .deemedApproval where item.step.isBeforeDecision && item.step != .draft:
                target = .decided
                try await recordDeemedApproval(item, authority: authority, deadline: deadline, now: now, on: transaction)
                report.deemedApprovals += 1
            default:
                break
            }
            if let target {
                try await CaseWorkflow.advance(caseID: caseID, from: item.version, to: target, on: transaction)
                for running in try await scope.query(DeadlineModel.self).filter(\.$caseID == caseID).filter(\.$status == .running).all() {
                    running.status = .cancelled
                    running.closedAt = now
                    try await running.save(on: transaction)
                }
            }
            try await services.audit(
                AuditEntry(authorityID: item.authorityID, actorID: nil, actorLabel: Self.systemLabel, action: "case.deadlineExpired",
                           subjectType: "case", subjectID: caseID.uuidString,
                           payload: ["deadline": deadline.definitionID, "dueDay": deadline.dueDay, "effect": expiry.rawValue, "to": target?.rawValue ?? item.step.rawValue]),
                at: now, on: transaction
            )
            return report
        }
    }

    /// Genehmigungsfiktion: the permit is granted by law; the authority certifies it (§ 42a Abs. 3 VwVfG).
    func recordDeemedApproval(_ item: CaseModel, authority: AuthorityModel, deadline: DeadlineModel, now: Date, on database: any Database) async throws {
        let caseID = try item.requireID()
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        let text = """
        \(authority.name)
        Aktenzeichen: \(item.number ?? "—")
        Datum: \(GermanDate.format(now))

        # Bescheinigung über den Eintritt der Genehmigungsfiktion

        Vorhaben: \(item.title)
        Baugrundstück: \(item.siteAddress)

        Über den Bauantrag wurde nicht innerhalb der Frist entschieden, die am \(Day(iso: deadline.dueDay)?.german ?? deadline.dueDay) endete. Die Baugenehmigung gilt daher als erteilt (\(deadline.legalBasis)).
        """
        let blocks = NoticeMarkup.blocks(text, title: "Bescheinigung über den Eintritt der Genehmigungsfiktion")
        let pdf = SimplePDF(title: "Genehmigungsfiktion \(item.number ?? "")", blocks: blocks).render()
        let hash = try services.documents.put(pdf)
        let document = DocumentModel(authorityID: item.authorityID, caseID: caseID, kind: "bescheid", fileName: "Genehmigungsfiktion-\(item.number ?? "").pdf",
                                     mediaType: "application/pdf", sizeBytes: pdf.count, sha256: hash, uploadedBy: Self.systemID)
        try await scope.create(document)
        let decision = try await scope.query(DecisionModel.self).filter(\.$caseID == caseID).first()
            ?? DecisionModel(authorityID: item.authorityID, caseID: caseID, outcome: "", conditions: [], reasons: "", feeCents: 0, feeExplanation: "", draftedBy: Self.systemID)
        decision.outcome = DecisionOutcome.deemedApproval.rawValue
        decision.conditions = ""
        decision.reasons = "Genehmigungsfiktion nach \(deadline.legalBasis)"
        decision.feeExplanation = decision.feeExplanation.isEmpty ? "keine Gebühr festgesetzt" : decision.feeExplanation
        decision.draftedBy = Self.systemID
        decision.approvedBy = Self.systemID
        decision.approvedAt = now
        decision.documentID = try document.requireID()
        decision.noticeText = text
        decision.pdfProducer = "eingebauter PDF-Schreiber (kein PDF/A)"
        if decision.id == nil { try await scope.create(decision) } else { try await decision.save(on: database) }
    }
}
