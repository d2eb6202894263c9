// Runs one procedure action on a case: check role, step and guards with the engine, then in one
// transaction move the step (optimistically, by version), do the action's own writes, start and
// end deadlines, create inspection tasks and write the audit event. Nothing is stored half.
import Fluent
import Foundation
import SQLKit
import ZuegigDomain
import ZuegigPersistence

struct CaseWorkflow: Sendable {
    let database: any Database
    let services: ZuegigServices

    /// What the action's own writes get to work with.
    struct Context: Sendable {
        let transaction: any Database
        let item: CaseModel
        let caseID: UUID
        let outcome: ProcedureEngine.Outcome
        let engine: ProcedureEngine
        let today: Day
        let principal: Principal
    }

    /// Loads a visible case with its procedure, authority and engine.
    func open(_ caseID: UUID, for principal: Principal) async throws -> (CaseModel, AuthorityModel, ProcedureEngine) {
        guard let item = try await CaseQueries.find(caseID, visibleTo: principal.actor, on: database) else { throw AppError.caseNotFound }
        guard let authority = try await AuthorityModel.find(item.authorityID, on: database) else { throw AppError.caseNotFound }
        return (item, authority, try engineFor(item, authority))
    }

    /// The engine of the case's procedure, on the calendar of its Land.
    func engineFor(_ item: CaseModel, _ authority: AuthorityModel) throws -> ProcedureEngine {
        let procedure = try services.procedures.require(item.procedure)
        let land = procedure.land ?? Land(rawValue: authority.land) ?? .BE
        return ProcedureEngine(procedure: procedure, calculator: DeadlineCalculator(land: land))
    }

    func today(in authority: AuthorityModel) -> Day {
        Day(services.now(), in: TimeZone(identifier: authority.timeZone) ?? GermanDate.berlin)
    }

    /// Asks the engine about `action` now; a refusal becomes the matching HTTP error.
    func evaluate(_ action: CaseAction, on caseID: UUID, by principal: Principal) async throws -> (CaseModel, AuthorityModel, ProcedureEngine.Outcome, Day) {
        let (item, authority, engine) = try await open(caseID, for: principal)
        let facts = try await CaseFactsLoader.load(item, on: database)
        let day = today(in: authority)
        switch engine.apply(action, by: principal.actor, on: facts, day: day) {
        case .success(let outcome): return (item, authority, outcome, day)
        case .failure(.denied(let decision)): try AppError.check(decision); throw AppError.caseNotFound
        case .failure(let refusal): throw AppError(.wrongStep, refusal.germanReason)
        }
    }

    /// Checks whether `action` would be allowed now, without changing anything (e.g. before slow work).
    func check(_ action: CaseAction, on caseID: UUID, by principal: Principal) async throws {
        _ = try await evaluate(action, on: caseID, by: principal)
    }

    /// Performs `action`. `expectedVersion` (If-Match) guards against lost updates; `payload` goes to the audit log.
    @discardableResult
    func perform(
        _ action: CaseAction, on caseID: UUID, by principal: Principal, expectedVersion: Int? = nil,
        payload: [String: String] = [:], writes: @escaping @Sendable (Context) async throws -> Void = { _ in }
    ) async throws -> CaseModel {
        let (item, authority, outcome, day) = try await evaluate(action, on: caseID, by: principal)
        if let expectedVersion, expectedVersion != item.version {
            throw AppError(.preconditionFailed, "Der Vorgang wurde inzwischen geändert (Version \(item.version)). Bitte laden Sie ihn neu.")
        }
        let engine = try engineFor(item, authority)
        let version = item.version
        try await database.transaction { transaction in
            try await Self.advance(caseID: caseID, from: version, to: outcome.to, on: transaction)
            item.step = outcome.to
            item.version = version + 1
            let context = Context(transaction: transaction, item: item, caseID: caseID, outcome: outcome, engine: engine, today: day, principal: principal)
            try await writes(context)
            try await applyDeadlines(outcome, caseID: caseID, authorityID: item.authorityID, on: transaction)
            for inspection in outcome.inspectionsDue {
                let model = InspectionModel(authorityID: item.authorityID, caseID: caseID, kind: inspection.kind.rawValue, legalBasis: inspection.legalBasis)
                try await TenantScope(authorityID: item.authorityID, database: transaction).create(model)
                // Each inspection due is also a request on the site visit planning board.
                _ = try await VisitIntake.request(for: model, of: item, createdBy: principal.userID, on: transaction)
            }
            var details = payload
            details["from"] = outcome.from.rawValue
            details["to"] = outcome.to.rawValue
            try await services.audit(
                AuditEntry(authorityID: item.authorityID, actorID: principal.userID, actorLabel: principal.email,
                           action: "case.\(action.rawValue)", subjectType: "case", subjectID: caseID.uuidString, payload: details),
                at: services.now(), on: transaction
            )
        }
        return item
    }

    /// Moves the step only if nobody changed the case since it was read (optimistic concurrency).
    static func advance(caseID: UUID, from version: Int, to step: CaseStep, on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let row = try await sql.raw("""
            UPDATE cases SET step = \(bind: step.rawValue), version = version + 1
            WHERE id = \(bind: caseID) AND version = \(bind: version) RETURNING version
            """).first()
        guard row != nil else {
            throw AppError(.conflict, "Der Vorgang wurde gleichzeitig von jemand anderem geändert. Bitte laden Sie ihn neu.")
        }
    }

    func applyDeadlines(_ outcome: ProcedureEngine.Outcome, caseID: UUID, authorityID: UUID, on database: any Database) async throws {
        let scope = TenantScope(authorityID: authorityID, database: database)
        let ending = Set(outcome.metDeadlines).union(outcome.startedDeadlines.map(\.definition.id))
        if !ending.isEmpty {
            let running = try await scope.query(DeadlineModel.self).filter(\.$caseID == caseID).filter(\.$status == .running)
                .filter(\.$definitionID ~~ Array(ending)).all()
            for deadline in running {
                deadline.status = outcome.metDeadlines.contains(deadline.definitionID) ? .met : .cancelled
                deadline.closedAt = services.now()
                try await deadline.save(on: database)
            }
        }
        for started in outcome.startedDeadlines {
            let note = started.result.movedFrom.map { from in
                "Rechnerisches Fristende \(from.german) verschoben (\(started.result.movedBecause.joined(separator: "; ")))"
            } ?? ""
            try await scope.create(DeadlineModel(
                authorityID: authorityID, caseID: caseID, definitionID: started.definition.id, label: started.definition.label,
                legalBasis: started.definition.legalBasis, startDay: started.startDay.description, dueDay: started.result.lastDay.description,
                note: note, onExpiry: started.definition.onExpiry.rawValue, owedBy: started.definition.owedBy.rawValue,
                reminderDays: started.definition.reminderDaysBefore
            ))
        }
    }
}
