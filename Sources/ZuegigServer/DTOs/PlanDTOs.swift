// The development plan and the plan check in the API.
import Foundation
import Vapor
import ZuegigAI
import ZuegigGeo
import ZuegigPersistence

struct PlanDTO: Content {
    let id: UUID
    let gmlId: String
    let name: String
    let number: String?
    let version: String
    let srs: String?
    let featureCount: Int
    let features: [String: Int]
    let otherFeatures: [String: Int]
    let otherProperties: [String: Int]
    let warnings: [String]
    let sourceSha256: String
    let createdAt: Date?

    init(_ model: PlanModel, plan: DevelopmentPlan) throws {
        id = try model.requireID()
        gmlId = model.gmlID
        name = model.name
        number = model.number
        version = model.version
        srs = model.srs
        featureCount = model.featureCount
        features = Dictionary(uniqueKeysWithValues: PlanFeatureKind.allCases.map { ($0.rawValue, plan.features($0).count) })
        otherFeatures = plan.otherFeatures
        otherProperties = plan.otherProperties
        warnings = plan.warnings
        sourceSha256 = model.sourceSHA256
        createdAt = model.createdAt
    }
}

struct CaseProjectDTO: Content {
    let caseId: UUID
    let project: String
    let planId: UUID?
    let planName: String?
    let updatedAt: Date?
}

/// The plan check of a case: the report, or why there is none.
struct CasePlanCheckDTO: Content {
    let caseId: UUID
    let planId: UUID?
    let planName: String?
    let report: PlanCheckReport?
    let message: String?
}
