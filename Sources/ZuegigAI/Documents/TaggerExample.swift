// One labelled document for training a tagger of the field extractor: its pages, its kind and the
// true values of the fields the tagger answers (names as text, measures as numbers).
import ZuegigDomain

public struct TaggerExample<Value: Sendable>: Sendable {
    public let pages: [String]
    public let kind: DocumentKind?
    public let values: [DocumentField: Value]

    public init(pages: [String], kind: DocumentKind?, values: [DocumentField: Value]) {
        self.pages = pages
        self.kind = kind
        self.values = values
    }
}
