// One e-mail read from an .eml file (RFC 5322 with MIME): sender, date, subject, body text and attachments.
import Foundation

public struct EMLMessage: Sendable, Hashable {
    public var subject: String?
    /// The display name of the first From mailbox, with encoded words decoded.
    public var fromName: String?
    public var fromAddress: String?
    public var date: Date?
    /// Without the angle brackets.
    public var messageID: String?
    /// The first text/plain part, else the first text/html part as text; line breaks are "\n" and
    /// trailing whitespace is trimmed, otherwise the text is as sent (quoted replies stay).
    public var text: String
    public var attachments: [ImportedAttachment]

    public init(subject: String? = nil, fromName: String? = nil, fromAddress: String? = nil, date: Date? = nil, messageID: String? = nil,
                text: String, attachments: [ImportedAttachment] = []) {
        self.subject = subject; self.fromName = fromName; self.fromAddress = fromAddress; self.date = date
        self.messageID = messageID; self.text = text; self.attachments = attachments
    }

    /// Throws when the data is not an e-mail (no header fields, binary) or breaks a limit in
    /// `StatementImportLimits`.
    public init(_ data: Data, source: String) throws(StatementImportError) {
        var bytes = ArraySlice([UInt8](data))
        func failure(_ message: String) -> StatementImportError { StatementImportError(source: source, message: message) }
        guard !bytes.isEmpty else { throw failure("Die Datei ist leer.") }
        // Files saved from mbox mailboxes start with a "From " separator line, which is no header field.
        if bytes.starts(with: Array("From ".utf8)) {
            let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            bytes = bytes[min(lineEnd + 1, bytes.endIndex)...]
        }
        let headerEnd = Self.headerBlockEnd(bytes)
        guard !bytes[..<headerEnd].contains(0) else { throw failure("Die Datei enthält Binärdaten und ist keine E-Mail.") }
        var lineBudget = StatementImportLimits.maxHeaderLines
        let root = try MIMEEntity.parse(bytes, depth: 0, lineBudget: &lineBudget, source: source)
        guard !root.headers.isEmpty else { throw failure("Die Datei ist keine E-Mail: Kopfzeilen wie „From:“ oder „Subject:“ fehlen.") }
        let content = try Self.content(of: root, source: source)
        let from = root.headers["From"].map(MailboxParser.parse)
        self.init(
            subject: root.headers["Subject"].map { EncodedWordDecoder.decode($0).trimmingCharacters(in: .whitespaces) },
            fromName: from?.name, fromAddress: from?.address,
            date: root.headers["Date"].flatMap(RFC5322DateParser.parse),
            messageID: root.headers["Message-ID"].flatMap(Self.messageID),
            text: content.text, attachments: content.attachments
        )
    }

    /// "<abc@host>" -> "abc@host"; the first bracketed identifier when there are several.
    static func messageID(_ raw: String) -> String? {
        var value = Substring(raw.trimmingCharacters(in: .whitespaces))
        if let open = value.firstIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            value = value[value.index(after: open)..<close]
        }
        let id = value.trimmingCharacters(in: .whitespaces)
        return id.isEmpty ? nil : id
    }

    /// Where the first empty line is, so a binary check looks only at the header block.
    private static func headerBlockEnd(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex, lineStart = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                let line = bytes[lineStart..<index]
                if line.isEmpty || line == [UInt8(ascii: "\r")] { return index }
                lineStart = index + 1
            }
            index += 1
        }
        return bytes.endIndex
    }
}
