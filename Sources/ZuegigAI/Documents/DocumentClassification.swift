// The classifier's answer for one document: the kind (nil means "unklar"), its confidence and the
// terms that decided it.
import ZuegigDomain

public struct DocumentClassification: Sendable, Codable, Hashable {
    public struct Alternative: Sendable, Codable, Hashable {
        public let kind: DocumentKind
        public let probability: Double
    }

    /// The suggested kind, or nil when the confidence is below the model's threshold ("unklar").
    public let kind: DocumentKind?
    /// The most likely kind, even when it is not confident enough to be suggested.
    public let bestGuess: DocumentKind
    public let confidence: Double
    /// The readable terms that pushed most towards the best guess, strongest first.
    public let decisiveTerms: [String]
    /// The next most likely kinds.
    public let alternatives: [Alternative]
    /// False when the document had no text at all (nothing to classify).
    public let hadText: Bool

    public var germanLabel: String { kind?.germanLabel ?? "unklar" }
}
