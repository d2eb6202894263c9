// What the case page and the API show of the document intake: per document the text status, the
// suggested kind and the extracted fields with their review; and the completeness report.
import Foundation
import Vapor
import ZuegigAI
import ZuegigInterop

struct IntakeFieldDTO: Content, Sendable {
    let field: String
    let label: String
    /// The extracted value (canonical) and as people read it.
    let value: String
    let germanValue: String
    let written: String
    let page: Int
    let evidence: String
    /// accepted / corrected, with the value the case worker confirmed.
    let review: String?
    let reviewedValue: String?
}

struct IntakeSuggestionDTO: Content, Sendable {
    /// The suggested kind, nil when "unklar".
    let kind: String?
    let label: String
    let bestGuess: String
    let confidence: Double
    let decisiveTerms: [String]
    let alternatives: [String]
}

struct IntakeDocumentDTO: Content, Sendable {
    let documentID: UUID
    let fileName: String
    let version: Int
    /// The kind as stored (chosen at upload or confirmed by review).
    let kind: String
    let kindLabel: String
    /// pending (not read yet), available, empty, unavailable, failed.
    let textStatus: String
    let textMessage: String?
    let pages: [PageMethodDTO]
    let suggestion: IntakeSuggestionDTO?
    let fields: [IntakeFieldDTO]
    /// accepted / corrected once a case worker decided on the kind.
    let kindReview: String?
}

struct PageMethodDTO: Content, Sendable {
    let page: Int
    /// textLayer (pdftotext), ocr (tesseract) or none.
    let method: String
}

struct IntakeOverviewDTO: Content, Sendable {
    let documents: [IntakeDocumentDTO]
    let completeness: CompletenessReport
    let model: String
    let textTools: String
}

struct DocumentReviewInput: Content, Sendable {
    /// The kind the case worker confirms (equal to the suggestion: accepted; else corrected).
    let kind: String?
    /// Field values the case worker confirms or corrects, by field name.
    let fields: [String: String]?
}

extension CompletenessReport: Content {}
