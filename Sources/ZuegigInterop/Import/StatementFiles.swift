// Reads a mixed set of statement files (CSV, JSON Lines, e-mails) by their content and name into
// one result; a file that cannot be read at all becomes a problem, the others are still imported.
import Foundation

public enum StatementFiles {
    public enum Kind: String, Sendable { case csv, jsonl, eml }

    /// The format by extension, else by the first bytes (a JSON object, or mail headers).
    public static func kind(name: String, data: Data) -> Kind {
        let lower = name.lowercased()
        if lower.hasSuffix(".eml") { return .eml }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") { return .csv }
        let head = String(decoding: data.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("{") { return .jsonl }
        let firstLine = head.split(whereSeparator: \.isNewline).first.map(String.init)?.lowercased() ?? ""
        if ["from:", "received:", "return-path:", "message-id:", "date:", "subject:", "mime-version:", "to:", "delivered-to:"].contains(where: firstLine.hasPrefix) { return .eml }
        return .csv
    }

    public static func read(_ files: [(name: String, data: Data)]) -> StatementImportResult {
        var result = StatementImportResult()
        for file in files {
            do {
                switch kind(name: file.name, data: file.data) {
                case .csv:
                    let part = try StatementCSVReader.read(file.data, source: file.name)
                    result.statements += part.statements
                    result.problems += part.problems
                case .jsonl:
                    let part = try StatementJSONLReader.read(file.data, source: file.name)
                    result.statements += part.statements
                    result.problems += part.problems
                case .eml:
                    result.statements.append(try StatementEMLReader.read(file.data, source: file.name))
                }
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }
}
