// A case as the API and the pages show it; never the Fluent model itself.
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct CaseDTO: Content, Sendable {
    let id: UUID
    let number: String?
    let title: String
    let siteAddress: String
    let procedure: String
    let step: String
    let stepLabel: String
    let authority: AuthorityDTO
    let submittedAt: Date?
    let createdAt: Date?
    let version: Int
    /// The nearest running deadline of the case (ISO date), for inboxes.
    var nextDeadline: String?
    var nextDeadlineLabel: String?

    init(_ model: CaseModel, authority: AuthorityDTO) throws {
        id = try model.requireID()
        number = model.number
        title = model.title
        siteAddress = model.siteAddress
        procedure = model.procedure
        step = model.step.rawValue
        stepLabel = model.step.germanLabel
        self.authority = authority
        submittedAt = model.submittedAt
        createdAt = model.createdAt
        version = model.version
    }
}

struct AuthorityDTO: Content, Sendable, Hashable {
    let id: UUID
    let slug: String
    let name: String

    init(_ model: AuthorityModel) throws {
        id = try model.requireID()
        slug = model.slug
        name = model.name
    }
}

struct CasePageDTO: Content, Sendable {
    let items: [CaseDTO]
    /// Pass as `cursor` to get the next page; absent on the last page.
    let nextCursor: String?
}

struct CreateCaseRequest: Content, Sendable {
    let authority: String
    var title: String
    var siteAddress: String
    var procedure: String?
    var parcel: String?
    var description: String?
    var buildingClass: Int?
    var declaredCostEuros: Double?

    /// The optional project fields, checked like an update.
    var details: UpdateCaseRequest {
        UpdateCaseRequest(parcel: parcel, description: description, buildingClass: buildingClass, declaredCostEuros: declaredCostEuros, procedure: procedure)
    }

    func validated() throws -> CreateCaseRequest {
        var problems: [String: [String]] = [:]
        let title = self.title.trimmingCharacters(in: .whitespacesAndNewlines)
        let address = siteAddress.trimmingCharacters(in: .whitespacesAndNewlines)
        if !(3...200).contains(title.count) { problems["title"] = ["Die Bezeichnung des Vorhabens muss 3 bis 200 Zeichen lang sein."] }
        if !(5...300).contains(address.count) { problems["siteAddress"] = ["Die Adresse des Baugrundstücks muss 5 bis 300 Zeichen lang sein."] }
        if authority.isEmpty || authority.count > 64 { problems["authority"] = ["Bitte wählen Sie eine Behörde."] }
        guard problems.isEmpty else { throw AppError(.validation, "Bitte korrigieren Sie die markierten Angaben.", fieldErrors: problems) }
        try details.validate()
        var cleaned = self
        cleaned.title = title
        cleaned.siteAddress = address
        return cleaned
    }
}
