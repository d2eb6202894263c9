// Reads statements from a JSON Lines file (one JSON object per line), as participation portals export them.
import Foundation

public enum StatementJSONLReader {
    public static func read(_ data: Data, source: String) throws(StatementImportError) -> StatementImportResult {
        let bytes = Array(try ImportTextDecoding.decodeFile(data, source: source).utf8)
        let decoder = JSONDecoder()
        var result = StatementImportResult(), records = 0
        // Split on LF bytes only: JSON strings may contain U+2028, which Swift would count as a line break.
        for (offset, rawLine) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            records += 1
            guard records <= StatementImportLimits.maxRecords else {
                throw StatementImportError(source: source, message:
                    "Die Datei enthält mehr als \(StatementImportLimits.maxRecords) Datensätze. Bitte teilen Sie sie in mehrere Dateien auf.")
            }
            do throws(StatementImportError) {
                let fields = try decode(Data(line), with: decoder, source: source, line: offset + 1)
                result.statements.append(try StatementRecordBuilder.statement(from: fields, defaultChannel: "jsonl", source: source, line: offset + 1))
            } catch {
                result.problems.append(error)
            }
        }
        guard records > 0 else { throw StatementImportError(source: source, message: "Die Datei enthält keine Datensätze.") }
        return result
    }

    private static func decode(_ line: Data, with decoder: JSONDecoder, source: String, line number: Int)
        throws(StatementImportError) -> StatementRecordFields {
        func problem(_ message: String) -> StatementImportError { StatementImportError(source: source, line: number, message: message) }
        do {
            return try decoder.decode(StatementJSONLine.self, from: line).fields
        } catch let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty {
            let key = context.codingPath[0].stringValue
            throw problem("Das Feld „\(key)“ hat den falschen Typ; erwartet wird \(key == "id" ? "Text oder eine Zahl" : "Text").")
        } catch {
            throw problem("Die Zeile ist kein JSON-Objekt.")
        }
    }
}
