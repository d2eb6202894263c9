// Compares a case's documents with the procedure's required documents (conditions applied) and
// with each other, and drafts the deficiency request.
import Foundation
import ZuegigDomain

public struct CompletenessChecker: Sendable {
    public init() {}

    public func check(
        documents: [AnalysedDocument], requirements: [DocumentRequirement], declaredBuildingClass: Int?, caseNumber: String? = nil
    ) -> CompletenessReport {
        var notices: [CompletenessReport.Notice] = []
        for document in documents {
            switch document.textStatus {
            case .unavailable:
                notices.append(.init(kind: .textUnavailable, documentID: document.id, message: "Texterkennung nicht verfügbar: \(document.displayName) wurde nicht gelesen und muss von Hand geprüft werden."))
            case .pending:
                notices.append(.init(kind: .textPending, documentID: document.id, message: "Die Texterkennung für \(document.displayName) läuft noch."))
            case .empty:
                notices.append(.init(kind: .textEmpty, documentID: document.id, message: "\(document.displayName) enthält keinen lesbaren Text."))
            case .failed:
                notices.append(.init(kind: .textFailed, documentID: document.id, message: "\(document.displayName) konnte nicht gelesen werden."))
            case .available:
                if document.kind == nil {
                    notices.append(.init(kind: .unclearKind, documentID: document.id, message: "Die Art von „\(document.name)“ ist unklar; bitte von Hand zuordnen."))
                }
            }
        }
        let inconsistencies = Self.inconsistencies(documents)
        let (buildingClass, source) = Self.buildingClass(declared: declaredBuildingClass, documents: documents)
        if buildingClass == nil, requirements.contains(where: { $0.condition != nil }) {
            notices.append(.init(kind: .buildingClassUnknown, documentID: nil, message: "Die Gebäudeklasse ist weder im Antrag noch in den Unterlagen angegeben; bedingte Unterlagen wurden nicht geprüft."))
        }
        let present = Set(documents.compactMap(\.kind).map(\.rawValue))
        let missing = requirements.filter { requirement in
            guard !present.contains(requirement.kind) else { return false }
            guard let condition = requirement.condition else { return true }
            return buildingClass.map { condition.holds(buildingClass: $0) } ?? false
        }.map {
            CompletenessReport.Missing(kind: $0.kind, label: $0.label, legalBasis: $0.legalBasis, condition: $0.condition.map(\.germanDescription))
        }
        var facts: [DocumentField: ExtractedField] = [:]
        for document in documents {
            for field in document.fields where facts[field.field] == nil { facts[field.field] = field }
        }
        let draft = DeficiencyDraft.text(missing: missing, inconsistencies: inconsistencies, notices: notices, caseNumber: caseNumber)
        return CompletenessReport(
            missing: missing, inconsistencies: inconsistencies, notices: notices, buildingClass: buildingClass,
            buildingClassSource: source, facts: DocumentField.allCases.compactMap { facts[$0] }, deficiencyDraft: draft
        )
    }

    /// The declared class, unless a document states a higher one (then the higher one counts, and
    /// the contradiction is reported separately).
    static func buildingClass(declared: Int?, documents: [AnalysedDocument]) -> (Int?, String) {
        let stated = documents.flatMap(\.fields).filter { $0.field == .gebaeudeklasse }.compactMap { $0.number.map(Int.init) }
        switch (declared, stated.max()) {
        case let (declared?, stated?) where stated > declared: return (stated, "Unterlagen (höher als im Antrag: \(declared))")
        case let (declared?, _): return (declared, "Antrag")
        case let (nil, stated?): return (stated, "Unterlagen")
        case (nil, nil): return (nil, "unbekannt")
        }
    }

    static func inconsistencies(_ documents: [AnalysedDocument]) -> [CompletenessReport.Inconsistency] {
        var result: [CompletenessReport.Inconsistency] = []
        for field in DocumentField.allCases {
            var statements: [(AnalysedDocument, ExtractedField)] = []
            for document in documents {
                if let found = document.fields.first(where: { $0.field == field }) { statements.append((document, found)) }
            }
            guard statements.count >= 2 else { continue }
            let reference = statements[0].1
            let differing = statements.dropFirst().contains { !agree(reference, $0.1) }
            guard differing else { continue }
            let listed = statements.map {
                CompletenessReport.Statement(document: $0.0.displayName, documentID: $0.0.id, written: $0.1.written, value: $0.1.germanValue, page: $0.1.page)
            }
            let summary = listed.map { "\($0.document) S. \($0.page): \($0.value)" }.joined(separator: "; ")
            result.append(.init(field: field, statements: listed, message: "\(field.germanLabel) weicht ab: \(summary)."))
        }
        return result
    }

    /// Two statements of a field agree within the tolerance a case worker would accept.
    public static func agree(_ a: ExtractedField, _ b: ExtractedField) -> Bool {
        if let x = a.number, let y = b.number {
            switch a.field {
            case .grz, .gfz: return abs(x - y) < 0.0051
            case .hoehe: return abs(x - y) <= 0.05
            case .bgf, .grundstuecksflaeche: return abs(x - y) <= max(1, 0.01 * max(x, y))
            case .baukosten: return abs(x - y) <= 0.02 * max(x, y)
            default: return x == y
            }
        }
        return normalised(a.value, field: a.field) == normalised(b.value, field: b.field)
    }

    static func normalised(_ text: String, field: DocumentField) -> String {
        let key = GermanText.comparisonKey(text)
        return field == .adresse ? key.replacingOccurrences(of: "strasse", with: "str") : key
    }
}
