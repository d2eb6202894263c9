// A1-style cell references: column 1 is "A", 26 is "Z", 27 is "AA", 16,384 is "XFD".

enum SpreadsheetReference {
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    /// The letters of a column, counted from 1 (bijective base 26: there is no zero digit).
    static func column(_ number: Int) -> String {
        var remaining = max(number, 1)
        var letters: [Unicode.Scalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            letters.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            remaining = (remaining - 1) / 26
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: letters.reversed())
        return String(text)
    }

    static func cell(column: Int, row: Int) -> String {
        Self.column(column) + String(row)
    }

    /// "A1:C10", or "A1" for a single cell; both counts from 1.
    static func range(columns: Int, rows: Int) -> String {
        columns <= 1 && rows <= 1 ? "A1" : "A1:" + cell(column: columns, row: rows)
    }
}
