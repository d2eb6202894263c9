// Which cases a person may see, as database queries that mirror `Permissions.canSee`.
import FluentKit
import Foundation
import ZuegigDomain

public enum CaseQueries {
    /// Cases visible to `actor`: their own applications, or the cases of their current
    /// authority that their roles open. Returns nil when nothing can be visible.
    public static func visible(to actor: Actor, on database: any Database) async throws -> QueryBuilder<CaseModel>? {
        if actor.kind.filesApplications {
            return CaseModel.query(on: database).group(.or) { either in
                either.filter(\.$applicantID == actor.userID).filter(\.$architectID == actor.userID)
            }
        }
        guard let authorityID = actor.authorityID else { return nil }
        let scope = TenantScope(authorityID: authorityID, database: database)
        if actor.has(.caseWorker) || actor.has(.supervisor) || actor.has(.admin) {
            return scope.query(CaseModel.self).filter(\.$step != .draft)
        }
        if actor.has(.inspector) {
            let steps = CaseStep.allCases.filter { $0.isUnderSupervision || $0 == .decided || $0 == .archived }
            return scope.query(CaseModel.self).filter(\.$step ~~ steps)
        }
        if actor.has(.agency), let agencyID = actor.agencyID {
            let consulted = try await scope.query(ConsultationModel.self).filter(\.$agencyID == agencyID).all().map(\.caseID)
            return scope.query(CaseModel.self).filter(\.$id ~~ consulted)
        }
        return nil
    }

    /// One case by id if `actor` may see it; nil otherwise, exactly as if it did not exist.
    public static func find(_ id: UUID, visibleTo actor: Actor, on database: any Database) async throws -> CaseModel? {
        guard let query = try await visible(to: actor, on: database),
              let found = try await query.filter(\.$id == id).first(),
              Permissions.canSee(try await CaseFactsLoader.load(found, on: database), actor)
        else { return nil }
        return found
    }
}
