// Reads statements that arrived by e-mail, from single .eml files or a folder of them.
import Foundation

public enum StatementEMLReader {
    /// An e-mail without text is accepted when it has attachments: many statements arrive as a signed
    /// PDF with an empty message.
    public static func read(_ data: Data, source: String) throws(StatementImportError) -> ImportedStatement {
        let message = try EMLMessage(data, source: source)
        guard !message.text.isEmpty || !message.attachments.isEmpty else {
            throw StatementImportError(source: source, message: "Die E-Mail enthält weder Text noch Anhänge.")
        }
        try StatementRecordBuilder.checkLength(message.text) { StatementImportError(source: source, message: $0) }
        return ImportedStatement(
            externalID: message.messageID, text: message.text, authorName: message.fromName, authorEmail: message.fromAddress,
            receivedAt: message.date, channel: "email", attachments: message.attachments
        )
    }

    /// Every "*.eml" file directly in the folder, in name order; hidden files (such as macOS "._" copies)
    /// are skipped. A file that cannot be read becomes a problem; only an unreadable folder throws.
    public static func readFolder(_ url: URL) throws(StatementImportError) -> StatementImportResult {
        let folderName = url.lastPathComponent
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        } catch {
            throw StatementImportError(source: folderName, message: "Der Ordner „\(folderName)“ kann nicht gelesen werden.")
        }
        let files = entries
            .filter { $0.pathExtension.lowercased() == "eml" && !$0.lastPathComponent.hasPrefix(".") }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard files.count <= StatementImportLimits.maxRecords else {
            throw StatementImportError(source: folderName, message:
                "Der Ordner enthält mehr als \(StatementImportLimits.maxRecords) E-Mails. Bitte teilen Sie ihn auf.")
        }
        var result = StatementImportResult()
        for file in files {
            let name = file.lastPathComponent
            guard let data = try? Data(contentsOf: file) else {
                result.problems.append(StatementImportError(source: name, message: "Die Datei kann nicht gelesen werden."))
                continue
            }
            do throws(StatementImportError) {
                result.statements.append(try read(data, source: name))
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }
}
