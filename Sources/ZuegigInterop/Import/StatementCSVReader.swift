// Reads statements from a CSV table exported from Excel, LibreOffice or a participation portal.
import Foundation

public enum StatementCSVReader {
    public static func read(_ data: Data, source: String) throws(StatementImportError) -> StatementImportResult {
        var parser = CSVRecordParser(text: try ImportTextDecoding.decodeFile(data, source: source))
        guard let header = firstNonBlank(&parser) else {
            throw StatementImportError(source: source, message: "Die Datei enthält keine Kopfzeile.")
        }
        guard !header.unterminatedQuote else {
            throw StatementImportError(source: source, line: header.line, message: "In der Kopfzeile wird ein Anführungszeichen nicht geschlossen.")
        }
        var columns: [StatementColumn: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            if let column = StatementColumn(header: name), columns[column] == nil { columns[column] = position }
        }
        guard columns[.text] != nil else {
            throw StatementImportError(source: source, line: header.line, message:
                "Die Kopfzeile enthält keine Spalte für den Text der Stellungnahme. Erwartet wird eine Spalte „Text“, „Stellungnahme“, „Inhalt“ oder „Einwendung“.")
        }
        var result = StatementImportResult(), records = 0
        while let record = parser.next() {
            if record.isBlank { continue }
            records += 1
            guard records <= StatementImportLimits.maxRecords else {
                throw StatementImportError(source: source, message:
                    "Die Datei enthält mehr als \(StatementImportLimits.maxRecords) Datensätze. Bitte teilen Sie sie in mehrere Dateien auf.")
            }
            do throws(StatementImportError) {
                result.statements.append(try statement(from: record, columns: columns, expectedFields: header.fields.count, source: source))
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }

    private static func firstNonBlank(_ parser: inout CSVRecordParser) -> CSVRecordParser.Record? {
        while let record = parser.next() {
            if !record.isBlank { return record }
        }
        return nil
    }

    private static func statement(from record: CSVRecordParser.Record, columns: [StatementColumn: Int], expectedFields: Int, source: String)
        throws(StatementImportError) -> ImportedStatement {
        guard !record.unterminatedQuote else {
            throw StatementImportError(source: source, line: record.line, message:
                "Ein Anführungszeichen wird nicht geschlossen; die Datei wurde ab dieser Zeile nicht gelesen.")
        }
        guard record.fields.count == expectedFields else {
            throw StatementImportError(source: source, line: record.line, message:
                "Die Zeile hat \(record.fields.count) Felder, die Kopfzeile aber \(expectedFields). Prüfen Sie Trennzeichen und Anführungszeichen.")
        }
        func value(_ column: StatementColumn) -> String? { columns[column].map { record.fields[$0] } }
        let fields = StatementRecordFields(
            id: value(.id), text: value(.text), name: value(.name), address: value(.address),
            email: value(.email), date: value(.date), channel: value(.channel)
        )
        return try StatementRecordBuilder.statement(from: fields, defaultChannel: "csv", source: source, line: record.line)
    }
}
