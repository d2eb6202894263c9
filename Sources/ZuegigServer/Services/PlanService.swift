// Development plans of an authority and the plan check of a case: importing XPlanGML (admins),
// recording the project data of a case, linking the case to the plan covering its site, checking.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigGeo
import ZuegigPersistence

struct PlanService: Sendable {
    let database: any Database
    let services: ZuegigServices

    /// Largest project data accepted (JSON or GeoJSON).
    static let maxProjectBytes = 1_048_576

    // MARK: Plans

    func importPlan(_ data: Data, fileName: String?, tenant: TenantContext) async throws -> PlanDTO {
        try AppError.check(Permissions.decide(.managePlans, by: tenant.principal.actor))
        return try await importPlan(data, fileName: fileName, authorityID: tenant.authorityID, actorID: tenant.principal.userID,
                                    actorLabel: tenant.principal.email)
    }

    /// Imports without a permission check: for admins through the wrapper above, the CLI and demo data.
    func importPlan(_ data: Data, fileName: String?, authorityID: UUID, actorID: UUID, actorLabel: String) async throws -> PlanDTO {
        let scope = TenantScope(authorityID: authorityID, database: database)
        guard !data.isEmpty else { throw AppError(.validation, "Die Datei ist leer.") }
        guard data.count <= services.config.maxUploadBytes else {
            throw AppError(.payloadTooLarge, "Die Datei ist größer als \(services.config.maxUploadBytes / 1_048_576) MB.")
        }
        let plan: DevelopmentPlan
        do { plan = try XPlanGMLReader.read(data) } catch { throw AppError(.validation, error.description) }
        let sha = try services.documents.put(data)
        let json = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        let box = plan.boundingBox.map { ($0.minX, $0.minY, $0.maxX, $0.maxY) }
        let model = PlanModel(authorityID: authorityID, gmlID: plan.gmlID, name: plan.name, number: plan.number, version: plan.version,
                              srs: plan.srsName, box: box, featureCount: plan.features.count, sourceSHA256: sha, sourceBytes: data.count,
                              plan: json, createdBy: actorID)
        try await database.transaction { transaction in
            try await scope.on(transaction).create(model)
            let planID = try model.requireID()
            // Cases whose site this plan covers are linked now.
            var linked = 0
            let candidates = box.map { box in
                scope.on(transaction).query(CaseProjectModel.self)
                    .filter(\.$minX <= box.2).filter(\.$maxX >= box.0).filter(\.$minY <= box.3).filter(\.$maxY >= box.1)
            }
            for project in try await candidates?.all() ?? [] {
                guard let site = try? ProjectReader.read(Data(project.project.utf8)).site else { continue }
                if Self.coverage(of: site, by: plan) > PlanChecker.areaTolerance,
                   try await Self.bestPlan(for: site, scope: scope.on(transaction), cache: services.planning.cache)?.0 == planID {
                    project.planID = planID
                    try await project.save(on: transaction)
                    linked += 1
                }
            }
            try await services.audit(
                AuditEntry(authorityID: authorityID, actorID: actorID, actorLabel: actorLabel, action: "plan.imported",
                           subjectType: "plan", subjectID: planID.uuidString,
                           payload: ["name": plan.name, "version": plan.version, "sha256": sha, "file": fileName ?? "", "linkedCases": String(linked)]),
                at: services.now(), on: transaction
            )
        }
        services.metrics.recordPlanImported()
        return try PlanDTO(model, plan: plan)
    }

    func list(tenant: TenantContext) async throws -> [PlanDTO] {
        try await tenant.scope.query(PlanModel.self).sort(\.$createdAt, .descending).all().map { model in
            try PlanDTO(model, plan: try services.planning.cache.plan(try model.requireID(), json: model.plan))
        }
    }

    func plan(_ id: UUID, tenant: TenantContext) async throws -> PlanDTO {
        guard let model = try await tenant.scope.find(PlanModel.self, id) else { throw AppError(.notFound, "Diesen Bebauungsplan gibt es nicht.") }
        return try PlanDTO(model, plan: try services.planning.cache.plan(id, json: model.plan))
    }

    // MARK: Project data and the check

    /// Staff of the authority (not agencies) and the case's own applicant or architect see the check.
    static func canSee(_ principal: Principal, item: CaseModel) -> Bool {
        switch principal.kind {
        case .staff: principal.actor.agencyID == nil
        case .applicant, .architect: item.applicantID == principal.userID || item.architectID == principal.userID
        }
    }

    /// Case workers and supervisors, and the applicant's side until the decision.
    static func canEdit(_ principal: Principal, item: CaseModel) -> Bool {
        switch principal.kind {
        case .staff:
            let actor = principal.actor
            return actor.agencyID == nil && (actor.has(.caseWorker) || actor.has(.supervisor))
        case .applicant, .architect:
            return canSee(principal, item: item) && [.draft, .submitted, .deficienciesRequested, .complete, .consultation, .assessment].contains(item.step)
        }
    }

    func open(_ caseID: UUID, for principal: Principal) async throws -> CaseModel {
        guard let item = try await openIfVisible(caseID, for: principal) else { throw AppError.caseNotFound }
        return item
    }

    /// The case if the person may see its plan check, else nil (the page leaves the section out).
    func openIfVisible(_ caseID: UUID, for principal: Principal) async throws -> CaseModel? {
        let (item, _, _) = try await CaseWorkflow(database: database, services: services).open(caseID, for: principal)
        return Self.canSee(principal, item: item) ? item : nil
    }

    func storedProject(of item: CaseModel) async throws -> CaseProjectModel? {
        try await TenantScope(authorityID: item.authorityID, database: database).query(CaseProjectModel.self)
            .filter(\.$caseID == item.requireID()).first()
    }

    func saveProject(_ caseID: UUID, data: Data, by principal: Principal) async throws -> CaseProjectDTO {
        let item = try await open(caseID, for: principal)
        guard Self.canEdit(principal, item: item) else {
            throw AppError(.forbidden, "Sie dürfen die Vorhabensdaten dieses Vorgangs nicht ändern.")
        }
        guard data.count <= Self.maxProjectBytes else { throw AppError(.payloadTooLarge, "Die Vorhabensdaten sind größer als 1 MB.") }
        let project: Project
        do { project = try ProjectReader.read(data) } catch { throw AppError(.validation, error.description, fieldErrors: ["project": [error.description]]) }
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        let best = try await Self.bestPlan(for: project.site, scope: scope, cache: services.planning.cache)
        let box = project.site.boundingBox
        let text = String(decoding: data, as: UTF8.self)
        try await database.transaction { transaction in
            let transactionScope = scope.on(transaction)
            let stored = try await transactionScope.query(CaseProjectModel.self).filter(\.$caseID == caseID).first()
            let model = stored ?? CaseProjectModel(authorityID: item.authorityID, caseID: caseID, project: text,
                                                   box: (box.minX, box.minY, box.maxX, box.maxY), updatedBy: principal.userID)
            model.project = text
            (model.minX, model.minY, model.maxX, model.maxY) = (box.minX, box.minY, box.maxX, box.maxY)
            model.planID = best?.0
            model.updatedBy = principal.userID
            if stored == nil { try await transactionScope.create(model) } else { try await model.save(on: transaction) }
            try await services.audit(
                AuditEntry(authorityID: item.authorityID, actorID: principal.userID, actorLabel: principal.email, action: "case.projectUpdated",
                           subjectType: "case", subjectID: caseID.uuidString,
                           payload: ["buildings": String(project.buildings.count), "plan": best?.0.uuidString ?? "", "sha256": AuditLog.sha256Hex(text)]),
                at: services.now(), on: transaction
            )
        }
        return CaseProjectDTO(caseId: caseID, project: text, planId: best?.0, planName: best?.1.name, updatedAt: services.now())
    }

    func project(_ caseID: UUID, for principal: Principal) async throws -> CaseProjectDTO? {
        let item = try await open(caseID, for: principal)
        guard let stored = try await storedProject(of: item) else { return nil }
        var planName: String?
        if let planID = stored.planID {
            planName = try await TenantScope(authorityID: item.authorityID, database: database).find(PlanModel.self, planID)?.name
        }
        return Self.dto(stored, planName: planName)
    }

    static func dto(_ stored: CaseProjectModel, planName: String?) -> CaseProjectDTO {
        CaseProjectDTO(caseId: stored.caseID, project: stored.project, planId: stored.planID, planName: planName, updatedAt: stored.updatedAt)
    }

    /// The check of a case against its linked plan, with the plan and project for the map.
    struct Outcome {
        let planID: UUID?
        let plan: DevelopmentPlan?
        let project: Project?
        let result: PlanCheckResult?
        let message: String?

        func dto(caseID: UUID) -> CasePlanCheckDTO {
            CasePlanCheckDTO(caseId: caseID, planId: planID, planName: plan?.name, report: result.map(PlanCheckReport.init), message: message)
        }

        var map: String? {
            guard let plan, let project, let result else { return nil }
            return PlanMap.svg(plan: plan, project: project, result: result)
        }
    }

    func check(_ caseID: UUID, for principal: Principal) async throws -> Outcome {
        let item = try await open(caseID, for: principal)
        return try await evaluate(item, stored: try await storedProject(of: item))
    }

    /// The case page's part: one case lookup, one project lookup, one check; nil when not visible.
    func view(_ caseID: UUID, for principal: Principal) async throws -> (item: CaseModel, project: CaseProjectDTO?, outcome: Outcome)? {
        guard let item = try await openIfVisible(caseID, for: principal) else { return nil }
        let stored = try await storedProject(of: item)
        let outcome = try await evaluate(item, stored: stored)
        return (item, stored.map { Self.dto($0, planName: outcome.plan?.name) }, outcome)
    }

    func evaluate(_ item: CaseModel, stored: CaseProjectModel?) async throws -> Outcome {
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        guard let stored else {
            return Outcome(planID: nil, plan: nil, project: nil, result: nil,
                           message: "Für diesen Vorgang sind noch keine Vorhabensdaten (Grundstück, Gebäude, Maße) erfasst.")
        }
        let project: Project
        do { project = try ProjectReader.read(Data(stored.project.utf8)) } catch {
            return Outcome(planID: nil, plan: nil, project: nil, result: nil, message: "Die gespeicherten Vorhabensdaten sind nicht lesbar: \(error.description)")
        }
        guard let planID = stored.planID, let model = try await scope.find(PlanModel.self, planID) else {
            return Outcome(planID: nil, plan: nil, project: project, result: nil,
                           message: "Kein Bebauungsplan der Behörde deckt das Grundstück ab; die Zulässigkeit richtet sich dann nach §§ 34, 35 BauGB.")
        }
        let plan = try services.planning.cache.plan(planID, json: model.plan)
        guard let authority = try await AuthorityModel.find(item.authorityID, on: database) else { throw AppError.caseNotFound }
        let rule = services.planning.rule(for: project.land ?? authority.land)
        let result = PlanChecker(setbackRule: rule).check(project, against: plan)
        services.metrics.recordPlanCheck(overall: result.overall.rawValue)
        return Outcome(planID: planID, plan: plan, project: project, result: result, message: nil)
    }

    // MARK: Linking

    /// The plan of the authority covering most of the site, if any covers it.
    static func bestPlan(for site: Polygon, scope: TenantScope, cache: PlanCache) async throws -> (UUID, DevelopmentPlan)? {
        let box = site.boundingBox
        let candidates = try await scope.query(PlanModel.self)
            .filter(\.$minX <= box.maxX).filter(\.$maxX >= box.minX)
            .filter(\.$minY <= box.maxY).filter(\.$maxY >= box.minY)
            .all()
        var best: (UUID, DevelopmentPlan, Double)?
        for model in candidates {
            let id = try model.requireID()
            let plan = try cache.plan(id, json: model.plan)
            let covered = coverage(of: site, by: plan)
            if covered > PlanChecker.areaTolerance, covered > best?.2 ?? 0 { best = (id, plan, covered) }
        }
        return best.map { ($0.0, $0.1) }
    }

    static func coverage(of site: Polygon, by plan: DevelopmentPlan) -> Double {
        site.region.intersectionArea(with: Region(polygons: plan.coverage))
    }
}
