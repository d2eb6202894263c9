// One worksheet of an exported workbook: a name, the columns (header titles and widths) and the rows.

public struct SpreadsheetSheet: Sendable, Hashable {
    /// Made valid for Excel when written: see `SpreadsheetSheetNames`.
    public var name: String
    /// The header row, bold, frozen and with a filter. No columns means no header row.
    public var columns: [Column]
    public var rows: [[SpreadsheetCell]]

    public init(name: String, columns: [Column], rows: [[SpreadsheetCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
