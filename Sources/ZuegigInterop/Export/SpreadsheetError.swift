// Why a workbook could not be written.

public enum SpreadsheetError: Error, Sendable, Hashable {
    /// A workbook needs at least one sheet.
    case noSheets
    /// More rows than Excel's 1,048,576, header included.
    case tooManyRows(sheet: String, count: Int)
    /// More columns than Excel's 16,384.
    case tooManyColumns(sheet: String, count: Int)
    case archive(ZipArchiveError)
}
