// Visit requests that follow from a case: every inspection that falls due (shell and final
// inspection after the construction start, as the procedure file says) becomes a request on the
// planning board, placed at the building site from the case's project data (UTM to latitude and
// longitude). Without project data the request is stored without a location and the board asks for it.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigGeo
import ZuegigPersistence

enum VisitIntake {
    /// Expected minutes on site per kind of inspection.
    static let durations: [InspectionRequirement.Kind: Int] = [.shell: 60, .final: 90]

    static func request(for inspection: InspectionModel, of item: CaseModel, createdBy: UUID, on database: any Database) async throws -> VisitRequestModel {
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        let kind = InspectionRequirement.Kind(rawValue: inspection.kind) ?? .final
        let site = try await location(of: try item.requireID(), scope: scope)
        let applicant = try await UserModel.find(item.applicantID, on: database)
        let request = VisitRequestModel(
            authorityID: item.authorityID, caseID: try item.requireID(), inspectionID: try inspection.requireID(),
            title: "\(kind.germanLabel) \(item.number ?? item.title)", address: item.siteAddress,
            lat: site?.lat ?? 0, lon: site?.lon ?? 0, durationMinutes: durations[kind] ?? 60, windows: "[]",
            skills: [], priority: kind == .final ? 2 : 1, latestDate: nil,
            contactName: applicant?.displayName, contactEmail: applicant?.email, createdBy: createdBy, located: site != nil
        )
        try await scope.create(request)
        return request
    }

    /// The centre of the building site in the case's project data, if it is in a UTM system.
    static func location(of caseID: UUID, scope: TenantScope) async throws -> (lat: Double, lon: Double)? {
        guard let stored = try await scope.query(CaseProjectModel.self).filter(\.$caseID == caseID).first(),
              let project = try? ProjectReader.read(Data(stored.project.utf8)),
              let projection = project.srsName.flatMap(UTMProjection.init(srs:)) else { return nil }
        return projection.geographic(project.site.centroid)
    }
}
