// Classification and extracted fields of one document, as stored and shown to the case worker.
public struct DocumentAnalysis: Sendable, Codable, Hashable {
    public let classification: DocumentClassification
    public let fields: [ExtractedField]

    public init(classification: DocumentClassification, fields: [ExtractedField]) {
        self.classification = classification
        self.fields = fields
    }
}
