// One cell of an exported spreadsheet: text, a number, or nothing.

public enum SpreadsheetCell: Sendable, Hashable {
    /// Written as an inline string, never as a formula, so a leading '=' stays plain text.
    case text(String)
    /// A value that is not finite is written as Excel's #NUM! error.
    case number(Double)
    case empty
}
