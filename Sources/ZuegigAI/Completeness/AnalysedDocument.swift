// What the completeness check knows about one document of a case.
import ZuegigDomain

public struct AnalysedDocument: Sendable, Codable, Hashable {
    public enum TextStatus: String, Sendable, Codable, Hashable {
        /// Text was read (text layer or OCR).
        case available
        /// The document has no readable text (e.g. a blank scan).
        case empty
        /// The text recognition tools are missing on this server.
        case unavailable
        /// Extraction has not run yet.
        case pending
        /// Extraction failed (the file could not be read).
        case failed
    }

    public let id: String
    public let name: String
    /// The kind as confirmed by a case worker, or else as suggested by the classifier.
    public let kind: DocumentKind?
    public let kindConfirmed: Bool
    public let confidence: Double?
    public let fields: [ExtractedField]
    public let textStatus: TextStatus

    public init(
        id: String, name: String, kind: DocumentKind?, kindConfirmed: Bool = false, confidence: Double? = nil,
        fields: [ExtractedField] = [], textStatus: TextStatus = .available
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.kindConfirmed = kindConfirmed
        self.confidence = confidence
        self.fields = fields
        self.textStatus = textStatus
    }

    var displayName: String {
        kind.map { "\($0.germanLabel) („\(name)“)" } ?? "„\(name)“"
    }
}
