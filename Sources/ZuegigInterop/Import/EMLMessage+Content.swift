// Picks the body text and the attachments out of an e-mail's MIME tree.
import Foundation

extension EMLMessage {
    static func content(of root: MIMEEntity, source: String) throws(StatementImportError) -> (text: String, attachments: [ImportedAttachment]) {
        var plain: String?, html: String?, attachments: [ImportedAttachment] = []
        var pending = [root]
        // Depth-first in document order, so the first text/plain of a multipart/alternative wins.
        while let entity = pending.first {
            pending.removeFirst()
            if entity.isMultipart {
                pending.insert(contentsOf: entity.parts, at: 0)
                continue
            }
            let disposition = entity.headers["Content-Disposition"].map(MIMEHeaderValue.init)
            let fileName = disposition?.parameters["filename"] ?? entity.contentType.parameters["name"]
            // A part without Content-Type is text/plain for the body (RFC 2045), but an attachment of unknown type.
            let mediaType = entity.contentType.value
            if fileName != nil || disposition?.value == "attachment" {
                let declared = entity.headers["Content-Type"] != nil && mediaType.contains("/")
                let name = sanitizedFileName(fileName ?? "") ?? "anhang-\(attachments.count + 1)"
                guard let data = decodedBody(entity) else {
                    throw StatementImportError(source: source, message: "Der Anhang „\(name)“ ist beschädigt (Base64-Daten unvollständig).")
                }
                attachments.append(ImportedAttachment(fileName: name, mediaType: declared ? mediaType : "application/octet-stream", data: Data(data)))
            } else if mediaType == "text/plain", plain == nil {
                plain = try decodedText(entity, source: source)
            } else if mediaType == "text/html", html == nil {
                html = try decodedText(entity, source: source)
            }
        }
        let text = plain ?? html.map(HTMLTextConverter.text(fromHTML:)) ?? ""
        return (normalized(text), attachments)
    }

    private static func decodedBody(_ entity: MIMEEntity) -> [UInt8]? {
        ContentTransferDecoding.decode(entity.body, encoding: entity.headers["Content-Transfer-Encoding"])
    }

    private static func decodedText(_ entity: MIMEEntity, source: String) throws(StatementImportError) -> String {
        guard let bytes = decodedBody(entity) else {
            throw StatementImportError(source: source, message: "Der Text der E-Mail ist beschädigt (Base64-Daten unvollständig).")
        }
        return ImportTextDecoding.decode(bytes, charset: entity.contentType.parameters["charset"])
    }

    /// "\n" line breaks, trailing whitespace trimmed, Unicode NFC; the rest stays as sent.
    private static func normalized(_ text: String) -> String {
        var result = text.unixLineBreaksForImport
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result.precomposedForImport
    }

    /// The last path component only, without control characters, so a name like "..\\..\\x.pdf" cannot
    /// point outside a folder later. nil when nothing usable is left.
    static func sanitizedFileName(_ raw: String) -> String? {
        let lastComponent = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(lastComponent.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
            .trimmingCharacters(in: .whitespaces)
        return cleaned.isEmpty || cleaned == "." || cleaned == ".." ? nil : cleaned.precomposedForImport
    }
}
