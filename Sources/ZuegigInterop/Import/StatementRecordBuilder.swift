// Checks the raw values of one CSV or JSONL record and builds the statement, or names the problem in German.
import Foundation

enum StatementRecordBuilder {
    static func statement(from fields: StatementRecordFields, defaultChannel: String, source: String, line: Int)
        throws(StatementImportError) -> ImportedStatement {
        func problem(_ message: String) -> StatementImportError { StatementImportError(source: source, line: line, message: message) }
        let text = normalizedText(fields.text ?? "")
        guard !text.isEmpty else { throw problem("Der Text der Stellungnahme ist leer.") }
        try checkLength(text, problem: problem)
        var receivedAt: Date?
        if let raw = nonEmpty(fields.date) {
            guard let date = StatementDateParser.parse(raw) else {
                throw problem("Das Datum „\(raw)“ ist nicht lesbar. Erwartet wird z. B. „14.03.2025“, „14.03.2025 09:30“ oder „2025-03-14“.")
            }
            receivedAt = date
        }
        var channel = defaultChannel
        if let raw = nonEmpty(fields.channel) {
            guard let known = StatementChannelName.canonical(raw) else {
                throw problem("Der Eingangsweg „\(raw)“ ist unbekannt. Erlaubt sind: \(StatementChannelName.acceptedNames).")
            }
            channel = known
        }
        return ImportedStatement(
            externalID: nonEmpty(fields.id), text: text, authorName: nonEmpty(fields.name), authorAddress: nonEmpty(fields.address),
            authorEmail: nonEmpty(fields.email), receivedAt: receivedAt, channel: channel
        )
    }

    static func checkLength(_ text: String, problem: (String) -> StatementImportError) throws(StatementImportError) {
        let length = text.count
        guard length <= StatementImportLimits.maxTextLength else {
            throw problem("Der Text ist mit \(length) Zeichen zu lang; erlaubt sind höchstens \(StatementImportLimits.maxTextLength) Zeichen.")
        }
    }

    /// Line breaks become "\n" and the text is in Unicode NFC, so that the same statement pasted from a
    /// Mac or a PDF compares equal to one typed on Windows (mass objections are found by comparing texts).
    static func normalizedText(_ raw: String) -> String {
        raw.unixLineBreaksForImport.trimmedForImport.precomposedForImport
    }

    static func nonEmpty(_ raw: String?) -> String? {
        guard let value = raw?.trimmedForImport, !value.isEmpty else { return nil }
        return value.precomposedForImport
    }
}
