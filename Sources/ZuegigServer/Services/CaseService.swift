// Reading and creating cases for the API and the pages alike; visibility comes from CaseQueries.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct CaseService: Sendable {
    let database: any Database

    static let maxPageSize = 100

    /// One page of the cases `actor` may see, in a stable order, after `cursor` (an id).
    func list(for actor: Actor, cursor: String?, limit: Int) async throws -> CasePageDTO {
        guard (1...Self.maxPageSize).contains(limit) else {
            throw AppError(.validation, "Der Parameter limit muss zwischen 1 und \(Self.maxPageSize) liegen.")
        }
        guard let query = try await CaseQueries.visible(to: actor, on: database) else { return CasePageDTO(items: [], nextCursor: nil) }
        if let cursor {
            guard let after = UUID(uuidString: cursor) else { throw AppError(.validation, "Der Parameter cursor ist ungültig.") }
            query.filter(\.$id > after)
        }
        let rows = try await query.sort(\.$id).limit(limit + 1).all()
        // The double check needs the consultations only for agencies; the row itself suffices otherwise.
        var page: [CaseModel] = []
        for row in rows.prefix(limit) {
            let facts = actor.has(.agency) ? try await CaseFactsLoader.load(row, on: database) : row.facts
            if Permissions.canSee(facts, actor) { page.append(row) }
        }
        let items = try await dtos(page)
        let next = rows.count > limit ? page.last?.id?.uuidString.lowercased() : nil
        return CasePageDTO(items: items, nextCursor: next)
    }

    /// Creates a draft at the named authority for an applicant or architect.
    func createDraft(_ request: CreateCaseRequest, by principal: Principal, services: ZuegigServices) async throws -> CaseDTO {
        try AppError.check(Permissions.decide(.createCase, by: principal.actor))
        let input = try request.validated()
        guard let authority = try await AuthorityModel.query(on: database).filter(\.$slug == input.authority).first(),
              let authorityID = authority.id
        else {
            throw AppError(.validation, "Diese Behörde gibt es nicht.", fieldErrors: ["authority": ["Diese Behörde gibt es nicht."]])
        }
        guard let procedure = services.procedures.defaultProcedure(inLand: authority.land) else {
            throw AppError(.unavailable, "Für diese Behörde ist kein Verfahren eingerichtet.")
        }
        let draft = CaseModel(
            authorityID: authorityID, title: input.title, siteAddress: input.siteAddress,
            procedure: procedure.id, applicantID: principal.userID,
            architectID: principal.kind == .architect ? principal.userID : nil
        )
        try CaseFlow.apply(input.details, to: draft, catalog: services.procedures, land: authority.land)
        try await database.transaction { transaction in
            try await TenantScope(authorityID: authorityID, database: transaction).create(draft)
            try await services.audit(
                AuditEntry(
                    authorityID: authorityID, actorID: principal.userID, actorLabel: principal.email, action: "case.created",
                    subjectType: "case", subjectID: try draft.requireID().uuidString,
                    payload: ["title": input.title, "siteAddress": input.siteAddress, "step": draft.step.rawValue, "procedure": draft.procedure]
                ), at: services.now(), on: transaction
            )
        }
        return try CaseDTO(draft, authority: AuthorityDTO(authority))
    }

    func dtos(_ cases: [CaseModel]) async throws -> [CaseDTO] {
        let ids = Array(Set(cases.map(\.authorityID)))
        let authorities = try await AuthorityModel.query(on: database).filter(\.$id ~~ ids).all()
        let byID = Dictionary(uniqueKeysWithValues: try authorities.map { (try $0.requireID(), try AuthorityDTO($0)) })
        let caseIDs = cases.compactMap(\.id)
        let running = caseIDs.isEmpty ? [] : try await DeadlineModel.query(on: database)
            .filter(\.$caseID ~~ caseIDs).filter(\.$status == .running).sort(\.$dueDay).all()
        return try cases.compactMap { model in
            guard let authority = byID[model.authorityID] else { return nil }
            var dto = try CaseDTO(model, authority: authority)
            let next = running.first { $0.caseID == model.id }
            dto.nextDeadline = next?.dueDay
            dto.nextDeadlineLabel = next?.label
            return dto
        }
    }
}
