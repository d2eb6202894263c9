// The text of a document, page by page, with a status the completeness check can rely on.
import ZuegigAI

public struct ExtractedText: Sendable, Codable, Hashable {
    public let pages: [PageText]
    public let status: AnalysedDocument.TextStatus
    /// German explanation when not everything could be read.
    public let message: String?

    public init(pages: [PageText], status: AnalysedDocument.TextStatus, message: String? = nil) {
        self.pages = pages
        self.status = status
        self.message = message
    }

    public var texts: [String] { pages.map(\.text) }
}
