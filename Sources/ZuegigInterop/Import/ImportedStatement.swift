// One statement (Stellungnahme) read from an import file, before it is assigned to a procedure.
import Foundation

public struct ImportedStatement: Sendable, Hashable {
    /// The identifier the sender or the exporting system gave it (CSV/JSONL id, e-mail Message-ID).
    public var externalID: String?
    public var text: String
    public var authorName: String?
    public var authorAddress: String?
    public var authorEmail: String?
    public var receivedAt: Date?
    /// "csv", "jsonl", "email", or the channel named in the file: "letter", "email", "fax", "minutes", "online".
    public var channel: String
    public var attachments: [ImportedAttachment]

    public init(externalID: String? = nil, text: String, authorName: String? = nil, authorAddress: String? = nil, authorEmail: String? = nil,
                receivedAt: Date? = nil, channel: String, attachments: [ImportedAttachment] = []) {
        self.externalID = externalID; self.text = text; self.authorName = authorName; self.authorAddress = authorAddress
        self.authorEmail = authorEmail; self.receivedAt = receivedAt; self.channel = channel; self.attachments = attachments
    }
}
