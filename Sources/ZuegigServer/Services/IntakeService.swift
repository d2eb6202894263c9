// The case worker's view of the document intake: per document the read text, the suggested kind
// and fields; accepting or correcting them; and the completeness check over the current versions.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct IntakeService: Sendable {
    let database: any Database
    let services: ZuegigServices

    /// Case workers and supervisors of the case's authority; everyone else gets 404 (agencies and
    /// applicants never see the suggestions).
    static func canSee(_ principal: Principal) -> Bool {
        let actor = principal.actor
        return principal.kind == .staff && actor.agencyID == nil && (actor.has(.caseWorker) || actor.has(.supervisor))
    }

    func open(_ caseID: UUID, for principal: Principal) async throws -> (CaseModel, ProcedureEngine) {
        guard Self.canSee(principal) else { throw AppError.caseNotFound }
        let (item, _, engine) = try await CaseWorkflow(database: database, services: services).open(caseID, for: principal)
        return (item, engine)
    }

    func overview(_ caseID: UUID, for principal: Principal) async throws -> IntakeOverviewDTO {
        let (item, engine) = try await open(caseID, for: principal)
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        let documents = Self.currentVersions(try await scope.query(DocumentModel.self).filter(\.$caseID == caseID).sort(\.$createdAt).all())
            .filter { $0.kind != "bescheid" }
        let ids = try documents.map { try $0.requireID() }
        async let analyses = scope.query(DocumentAnalysisModel.self).filter(\.$documentID ~~ ids).all()
        async let reviews = scope.query(DocumentReviewModel.self).filter(\.$documentID ~~ ids).sort(\.$createdAt).all()
        let analysisByDocument = Dictionary(try await analyses.map { ($0.documentID, $0) }, uniquingKeysWith: { first, _ in first })
        var reviewsByDocument: [UUID: [DocumentReviewModel]] = [:]
        for review in try await reviews { reviewsByDocument[review.documentID, default: []].append(review) }
        var dtos: [IntakeDocumentDTO] = []
        var analysed: [AnalysedDocument] = []
        for document in documents {
            let id = try document.requireID()
            let (dto, input) = Self.view(document, analysis: analysisByDocument[id], reviews: reviewsByDocument[id] ?? [])
            dtos.append(dto)
            analysed.append(input)
        }
        let report = CompletenessChecker().check(
            documents: analysed, requirements: engine.procedure.documents, declaredBuildingClass: item.buildingClass, caseNumber: item.number
        )
        return IntakeOverviewDTO(documents: dtos, completeness: report, model: services.intake.modelName, textTools: services.intake.tools.summary)
    }

    /// Only the newest version of each document counts.
    static func currentVersions(_ documents: [DocumentModel]) -> [DocumentModel] {
        var newest: [UUID: DocumentModel] = [:]
        for document in documents {
            guard let id = document.id else { continue }
            let key = document.originalID ?? id
            if let current = newest[key], current.version >= document.version { continue }
            newest[key] = document
        }
        return documents.filter { document in document.id.map { newest[document.originalID ?? $0]?.id == $0 } ?? false }
    }

    static func view(_ document: DocumentModel, analysis: DocumentAnalysisModel?, reviews: [DocumentReviewModel]) -> (IntakeDocumentDTO, AnalysedDocument) {
        let decoded = analysis.flatMap { try? JSONDecoder().decode(DocumentAnalysis.self, from: Data($0.analysis.utf8)) }
        let pages = analysis.flatMap { try? JSONDecoder().decode([PageText].self, from: Data($0.pages.utf8)) } ?? []
        var latestReview: [String: DocumentReviewModel] = [:]
        for review in reviews { latestReview[review.subject] = review }
        let kindReview = latestReview["kind"]
        var confirmedFields: [ExtractedField] = []
        let fields = (decoded?.fields ?? []).map { field -> IntakeFieldDTO in
            let review = latestReview[field.field.rawValue]
            confirmedFields.append(Self.confirmed(field, review: review))
            return IntakeFieldDTO(
                field: field.field.rawValue, label: field.field.germanLabel, value: field.value, germanValue: field.germanValue, written: field.written,
                page: field.page, evidence: field.evidence, review: review?.verdict, reviewedValue: review?.acceptedValue
            )
        }
        let suggestion = decoded.map { analysis in
            let classification = analysis.classification
            return IntakeSuggestionDTO(
                kind: classification.kind?.rawValue, label: classification.germanLabel, bestGuess: classification.bestGuess.rawValue,
                confidence: classification.confidence, decisiveTerms: classification.decisiveTerms,
                alternatives: classification.alternatives.map { "\($0.kind.germanLabel) (\(Int(($0.probability * 100).rounded())) %)" }
            )
        }
        let status = analysis?.textStatus ?? AnalysedDocument.TextStatus.pending.rawValue
        let dto = IntakeDocumentDTO(
            documentID: document.id ?? UUID(), fileName: document.fileName, version: document.version, kind: document.kind,
            kindLabel: DocumentKind.germanLabel(for: document.kind), textStatus: status, textMessage: analysis?.textMessage,
            pages: pages.map { PageMethodDTO(page: $0.page, method: $0.method.rawValue) }, suggestion: suggestion, fields: fields, kindReview: kindReview?.verdict
        )
        // The kind that counts: the reviewed one, else the confident suggestion, else what the uploader chose.
        let kind: DocumentKind? = kindReview != nil
            ? DocumentKind(rawValue: document.kind)
            : (decoded?.classification.kind ?? (decoded == nil ? DocumentKind(rawValue: document.kind) : nil))
        let input = AnalysedDocument(
            id: document.id?.uuidString ?? "", name: document.fileName, kind: kind, kindConfirmed: kindReview != nil,
            confidence: decoded?.classification.confidence, fields: confirmedFields,
            textStatus: AnalysedDocument.TextStatus(rawValue: status) ?? .pending
        )
        return (dto, input)
    }

    /// The extracted field, or the value a case worker corrected it to.
    static func confirmed(_ field: ExtractedField, review: DocumentReviewModel?) -> ExtractedField {
        guard let review, review.verdict == "corrected" else { return field }
        let number = field.field.isNumeric ? GermanNumber.parse(review.acceptedValue, groupedThousands: field.field != .hoehe && field.field != .grz && field.field != .gfz) : nil
        let value = number.map { FieldExtractor.format($0) } ?? review.acceptedValue
        return ExtractedField(field: field.field, value: value, number: number, written: review.acceptedValue, page: field.page, evidence: "korrigiert: \(review.acceptedValue)")
    }

    /// Accepts or corrects the suggestions for one document; corrections are kept for retraining.
    func review(_ caseID: UUID, document documentID: UUID, input: DocumentReviewInput, by principal: Principal) async throws {
        let (item, _) = try await open(caseID, for: principal)
        guard principal.actor.has(.caseWorker) else { throw AppError(.forbidden, "Nur die Sachbearbeitung kann Vorschläge übernehmen oder korrigieren.") }
        let scope = TenantScope(authorityID: item.authorityID, database: database)
        guard let document = try await scope.query(DocumentModel.self).filter(\.$id == documentID).filter(\.$caseID == caseID).first() else {
            throw AppError(.notFound, "Das Dokument wurde nicht gefunden.")
        }
        let analysis = try await scope.query(DocumentAnalysisModel.self).filter(\.$documentID == documentID).first()
        let decoded = analysis.flatMap { try? JSONDecoder().decode(DocumentAnalysis.self, from: Data($0.analysis.utf8)) }
        var errors: [String: [String]] = [:]
        var reviews: [DocumentReviewModel] = []
        if let kind = input.kind {
            if DocumentKind(rawValue: kind) == nil {
                errors["kind", default: []].append("Unbekannte Art der Unterlage.")
            } else {
                let suggested = decoded?.classification.kind?.rawValue
                reviews.append(DocumentReviewModel(
                    authorityID: item.authorityID, documentID: documentID, subject: "kind", suggested: suggested, acceptedValue: kind,
                    verdict: kind == suggested ? "accepted" : "corrected", reviewerID: principal.userID
                ))
            }
        }
        for (name, raw) in input.fields ?? [:] {
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let field = DocumentField(rawValue: name) else {
                errors[name, default: []].append("Unbekanntes Feld.")
                continue
            }
            guard !value.isEmpty, value.count <= 200 else {
                errors[name, default: []].append("Bitte einen Wert mit höchstens 200 Zeichen angeben.")
                continue
            }
            let extracted = decoded?.fields.first { $0.field == field }
            var same = extracted.map { $0.written == value || $0.value == value || $0.germanValue == value } ?? false
            if field.isNumeric {
                let grouped = field != .hoehe && field != .grz && field != .gfz
                let stripped = value.replacingOccurrences(of: #"\s*(m²|m2|m|€|EUR)$"#, with: "", options: .regularExpression)
                guard let number = GermanNumber.parse(stripped, groupedThousands: grouped) else {
                    errors[name, default: []].append("\(field.germanLabel): bitte eine Zahl angeben, z. B. 0,35 oder 1.250,50.")
                    continue
                }
                if let extractedNumber = extracted?.number { same = same || abs(extractedNumber - number) < 1e-9 }
            }
            reviews.append(DocumentReviewModel(
                authorityID: item.authorityID, documentID: documentID, subject: field.rawValue, suggested: extracted?.value, acceptedValue: value,
                verdict: same ? "accepted" : "corrected", reviewerID: principal.userID
            ))
        }
        guard errors.isEmpty else { throw AppError(.validation, "Bitte prüfen Sie die markierten Angaben.", fieldErrors: errors) }
        guard !reviews.isEmpty else { throw AppError(.validation, "Es wurde nichts übernommen oder korrigiert.") }
        let pending = reviews
        try await database.transaction { transaction in
            let transactionScope = scope.on(transaction)
            for review in pending { try await transactionScope.create(review) }
            if let kind = input.kind, kind != document.kind {
                document.kind = kind
                try await document.update(on: transaction)
            }
            try await services.audit(
                AuditEntry(authorityID: item.authorityID, actorID: principal.userID, actorLabel: principal.email, action: "case.documentReviewed",
                           subjectType: "case", subjectID: caseID.uuidString,
                           payload: ["document": documentID.uuidString, "accepted": String(pending.filter { $0.verdict == "accepted" }.count),
                                     "corrected": String(pending.filter { $0.verdict == "corrected" }.count), "kind": input.kind ?? ""]),
                at: services.now(), on: transaction
            )
        }
    }
}
