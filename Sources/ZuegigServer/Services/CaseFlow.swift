// The building-permit flow for the API and the pages: each method validates its input, then runs
// one procedure action through CaseWorkflow with the writes that belong to it.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct CaseFlow: Sendable {
    let database: any Database
    let services: ZuegigServices

    var workflow: CaseWorkflow { CaseWorkflow(database: database, services: services) }

    /// Applies the project fields of an update to a draft.
    static func apply(_ update: UpdateCaseRequest, to item: CaseModel, catalog: ProcedureCatalog, land: String) throws {
        if let title = Validation.trimmed(update.title) { item.title = title }
        if let address = Validation.trimmed(update.siteAddress) { item.siteAddress = address }
        if let parcel = update.parcel { item.parcel = parcel.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let description = update.description { item.projectDescription = description.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let buildingClass = update.buildingClass { item.buildingClass = buildingClass }
        if let cost = update.declaredCostEuros { item.declaredCostCents = Int((cost * 100).rounded()) }
        if let procedure = update.procedure {
            guard catalog.offered(inLand: land).contains(where: { $0.id == procedure }) else {
                throw AppError(.validation, "Dieses Verfahren bietet die Behörde nicht an.", fieldErrors: ["procedure": ["Unbekanntes Verfahren."]])
            }
            item.procedure = procedure
        }
    }

    /// updateCase: project fields of a draft, guarded by If-Match.
    func update(_ caseID: UUID, with update: UpdateCaseRequest, expectedVersion: Int?, by principal: Principal) async throws -> CaseModel {
        guard let expectedVersion else {
            throw AppError(.preconditionRequired, "Bitte senden Sie die Version, die Sie ändern (Kopfzeile If-Match mit dem ETag).")
        }
        try update.validate()
        let (_, authority, _) = try await workflow.open(caseID, for: principal)
        let catalog = services.procedures
        return try await workflow.perform(.updateDraft, on: caseID, by: principal, expectedVersion: expectedVersion,
                                          payload: ["fields": update.changedFields.joined(separator: ",")]) { context in
            try Self.apply(update, to: context.item, catalog: catalog, land: authority.land)
            try await context.item.save(on: context.transaction)
        }
    }

    /// submitCase: the first submission assigns the case number; after a deficiency request it answers it.
    func submit(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        let (item, authority, _) = try await workflow.open(caseID, for: principal)
        if item.step == .deficienciesRequested {
            return try await workflow.perform(.supplyDocuments, on: caseID, by: principal) { context in
                let open = try await TenantScope(authorityID: context.item.authorityID, database: context.transaction)
                    .query(DeficiencyRequestModel.self).filter(\.$caseID == caseID).filter(\.$answeredAt == nil).all()
                for request in open {
                    request.answeredAt = services.now()
                    try await request.save(on: context.transaction)
                }
            }
        }
        let now = services.now()
        return try await workflow.perform(.submit, on: caseID, by: principal) { context in
            let number = try await CaseNumbering.next(for: authority, year: context.today.year, on: context.transaction)
            context.item.number = number.description
            context.item.submittedAt = now
            try await context.item.save(on: context.transaction)
        }
    }

    func requestDeficiencies(_ caseID: UUID, _ input: DeficiencyRequestInput, by principal: Principal) async throws -> CaseModel {
        let items = Validation.cleanList(input.items)
        var validation = Validation()
        validation.check(!items.isEmpty, "items", "Bitte nennen Sie mindestens eine fehlende Unterlage oder einen Mangel.")
        validation.check(items.count <= Limits.listItems && items.allSatisfy { $0.count <= 1_000 }, "items", "Höchstens 50 Punkte mit je bis zu 1.000 Zeichen.")
        validation.check((input.message ?? "").count <= Limits.longText, "message", "Der Text ist zu lang.")
        let due = try input.dueDate.map { text -> Day in
            guard let day = Day(iso: text) else { throw AppError(.validation, "Ungültiges Datum.", fieldErrors: ["dueDate": ["Bitte im Format JJJJ-MM-TT."]]) }
            return day
        }
        try validation.finish()
        return try await workflow.perform(.requestDeficiencies, on: caseID, by: principal, payload: ["items": String(items.count)]) { context in
            guard let running = context.outcome.startedDeadlines.first(where: { $0.definition.owedBy == .applicant }) else {
                throw AppError(.internal, "Das Verfahren definiert keine Frist für Nachforderungen.")
            }
            var dueDay = running.result.lastDay
            if let due {
                guard due > context.today else {
                    throw AppError(.validation, "Die Frist muss in der Zukunft liegen.", fieldErrors: ["dueDate": ["Die Frist muss in der Zukunft liegen."]])
                }
                dueDay = due
            }
            try await TenantScope(authorityID: context.item.authorityID, database: context.transaction).create(DeficiencyRequestModel(
                authorityID: context.item.authorityID, caseID: caseID, items: items, message: input.message ?? "",
                dueDay: dueDay.description, requestedBy: principal.userID
            ))
            if due != nil {
                try await Self.setDue(definitionID: running.definition.id, to: dueDay, caseID: caseID, authorityID: context.item.authorityID, on: context.transaction)
            }
        }
    }

    /// Replaces the engine's default end of a running deadline with one the case worker chose.
    static func setDue(definitionID: String, to day: Day, caseID: UUID, authorityID: UUID, on database: any Database) async throws {
        guard let deadline = try await TenantScope(authorityID: authorityID, database: database).query(DeadlineModel.self)
            .filter(\.$caseID == caseID).filter(\.$definitionID == definitionID).filter(\.$status == .running).first()
        else { return }
        deadline.dueDay = day.description
        deadline.note = "Frist von der Behörde festgesetzt"
        try await deadline.save(on: database)
    }

    func markComplete(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        try await workflow.perform(.markComplete, on: caseID, by: principal)
    }

    func withdraw(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        try await workflow.perform(.withdraw, on: caseID, by: principal)
    }

    func archive(_ caseID: UUID, by principal: Principal) async throws -> CaseModel {
        try await workflow.perform(.archive, on: caseID, by: principal)
    }
}

extension UpdateCaseRequest {
    var changedFields: [String] {
        [title.map { _ in "title" }, siteAddress.map { _ in "siteAddress" }, parcel.map { _ in "parcel" }, description.map { _ in "description" },
         buildingClass.map { _ in "buildingClass" }, declaredCostEuros.map { _ in "declaredCost" }, procedure.map { _ in "procedure" }].compactMap { $0 }
    }
}
