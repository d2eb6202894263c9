// One document of our labelled corpus (corpus/labels.jsonl): kind, author, split and expected fields.
import Foundation
import ZuegigDomain

public struct LabelledDocument: Sendable, Codable, Hashable {
    public struct Expected: Sendable, Codable, Hashable {
        public let value: String
        public let page: Int
    }

    public let id: String
    public let kind: DocumentKind
    public let author: String
    public let split: String
    public let caseID: String
    public let noisy: Bool
    public let scanned: Bool
    public let scans: [String]
    public let fields: [DocumentField: Expected]
    /// Page texts as written (before any scanning).
    public var pages: [String]

    public var isTraining: Bool { split == "train" }
    /// The author without the kind ("a3" of "lageplan/a3").
    public var authorName: String { String(author.split(separator: "/").last ?? "") }
}
