// Requests of the procedure flow, each with its own limits and German messages.
import Foundation
import Vapor
import ZuegigDomain

enum Limits {
    static let shortText = 300
    static let longText = 20_000
    static let listItems = 50
}

/// Collects field problems and throws them together.
struct Validation {
    var problems: [String: [String]] = [:]

    mutating func check(_ condition: Bool, _ field: String, _ message: String) {
        if !condition { problems[field, default: []].append(message) }
    }

    func finish() throws {
        guard problems.isEmpty else { throw AppError(.validation, "Bitte korrigieren Sie die markierten Angaben.", fieldErrors: problems) }
    }

    static func trimmed(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    static func cleanList(_ items: [String]?) -> [String] {
        (items ?? []).compactMap { trimmed($0) }
    }
}

struct UpdateCaseRequest: Content, Sendable {
    var title: String?
    var siteAddress: String?
    var parcel: String?
    var description: String?
    var buildingClass: Int?
    var declaredCostEuros: Double?
    var procedure: String?

    func validate() throws {
        var validation = Validation()
        if let title { validation.check((3...200).contains(title.trimmingCharacters(in: .whitespaces).count), "title", "Die Bezeichnung des Vorhabens muss 3 bis 200 Zeichen lang sein.") }
        if let siteAddress { validation.check((5...300).contains(siteAddress.trimmingCharacters(in: .whitespaces).count), "siteAddress", "Die Adresse muss 5 bis 300 Zeichen lang sein.") }
        if let parcel { validation.check(parcel.count <= Limits.shortText, "parcel", "Die Flurstücksangabe ist zu lang.") }
        if let description { validation.check(description.count <= Limits.longText, "description", "Die Beschreibung ist zu lang (höchstens 20.000 Zeichen).") }
        if let buildingClass { validation.check((1...5).contains(buildingClass), "buildingClass", "Die Gebäudeklasse ist eine Zahl von 1 bis 5.") }
        if let declaredCostEuros {
            validation.check(declaredCostEuros >= 0 && declaredCostEuros < 10_000_000_000, "declaredCostEuros", "Die Baukosten müssen zwischen 0 und 10 Mrd. € liegen.")
        }
        try validation.finish()
    }
}

struct DeficiencyRequestInput: Content, Sendable {
    let items: [String]
    let message: String?
    /// ISO date; defaults to the procedure's period.
    let dueDate: String?
}

struct ConsultationInput: Content, Sendable {
    let agencies: [UUID]
}

struct StatementInput: Content, Sendable {
    let verdict: String
    let text: String
    let conditions: [String]?
}

struct AssessmentInput: Content, Sendable {
    let note: String
}

struct DecisionDraftInput: Content, Sendable {
    let outcome: String
    let conditions: [String]?
    /// Takes over every condition the agencies proposed.
    let adoptStatementConditions: Bool?
    let reasons: String
}

struct ConstructionStartInput: Content, Sendable {
    let startDate: String
}

struct InspectionInput: Content, Sendable {
    let result: String
    let findings: String?
}

struct TemplateInput: Content, Sendable {
    let body: String
}
