// A file that came with an imported statement, such as a PDF attached to an e-mail.
import Foundation

public struct ImportedAttachment: Sendable, Hashable {
    /// The sender's file name without any folder part, so it is safe to show and to store under.
    public var fileName: String
    /// Lower-case "type/subtype" as declared by the sender; "application/octet-stream" when none was given.
    public var mediaType: String
    public var data: Data

    public init(fileName: String, mediaType: String, data: Data) {
        self.fileName = fileName; self.mediaType = mediaType; self.data = data
    }
}
