// The XML of one worksheet: column widths, a bold frozen header row with a filter, and inline-string cells.

struct SpreadsheetWorksheet {
    /// Indexes into the cellXfs of `SpreadsheetPackage.styles`.
    static let headerStyle = 1
    static let wrapStyle = 2
    /// Excel's largest column width.
    static let maximumWidth = 255.0

    let sheet: SpreadsheetSheet
    let name: String
    let usedColumns: Int
    let usedRows: Int

    init(_ sheet: SpreadsheetSheet, name: String) throws(SpreadsheetError) {
        let hasHeader = !sheet.columns.isEmpty
        usedColumns = max(sheet.columns.count, sheet.rows.map(\.count).max() ?? 0)
        usedRows = (hasHeader ? 1 : 0) + sheet.rows.count
        guard usedRows <= SpreadsheetReference.maximumRows else { throw .tooManyRows(sheet: name, count: usedRows) }
        guard usedColumns <= SpreadsheetReference.maximumColumns else { throw .tooManyColumns(sheet: name, count: usedColumns) }
        self.sheet = sheet
        self.name = name
    }

    var hasHeader: Bool { !sheet.columns.isEmpty }

    /// The header row and everything below it, the range of the filter; nil without a header.
    var filterRange: String? {
        hasHeader ? SpreadsheetReference.range(columns: usedColumns, rows: usedRows) : nil
    }

    /// The same range as a formula for the workbook's `_xlnm._FilterDatabase` name, e.g. `'Anträge'!$A$1:$C$9`.
    var filterDatabaseFormula: String? {
        guard hasHeader else { return nil }
        let quotedName = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        return quotedName + "!$A$1:$" + SpreadsheetReference.column(usedColumns) + "$" + String(usedRows)
    }

    func xml(selected: Bool) -> String {
        var xml = SpreadsheetPackage.declaration
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        xml += #"<dimension ref="\#(SpreadsheetReference.range(columns: usedColumns, rows: usedRows))"/>"#
        xml += sheetViews(selected: selected)
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        xml += columnWidths()
        xml += "<sheetData>"
        var rowNumber = 1
        if hasHeader {
            xml += row(sheet.columns.map { .text($0.title) }, number: rowNumber, isHeader: true)
            rowNumber += 1
        }
        for cells in sheet.rows {
            xml += row(cells, number: rowNumber, isHeader: false)
            rowNumber += 1
        }
        xml += "</sheetData>"
        if let filterRange { xml += #"<autoFilter ref="\#(filterRange)"/>"# }
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        xml += "</worksheet>"
        return xml
    }

    /// The header stays in view while scrolling: a frozen pane below row 1.
    private func sheetViews(selected: Bool) -> String {
        var view = #"<sheetView workbookViewId="0"\#(selected ? #" tabSelected="1""# : "")>"#
        if hasHeader {
            view += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            view += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        return "<sheetViews>" + view + "</sheetView></sheetViews>"
    }

    private func columnWidths() -> String {
        var columns = ""
        for (index, column) in sheet.columns.enumerated() {
            guard let width = column.width, width.isFinite else { continue }
            let number = index + 1
            let clamped = Self.numberText(min(max(width, 0), Self.maximumWidth)) ?? "0"
            columns += #"<col min="\#(number)" max="\#(number)" width="\#(clamped)" customWidth="1"/>"#
        }
        return columns.isEmpty ? "" : "<cols>" + columns + "</cols>"
    }

    /// Empty cells and rows are left out; spreadsheet readers treat missing cells as empty.
    private func row(_ cells: [SpreadsheetCell], number: Int, isHeader: Bool) -> String {
        var xml = ""
        for (index, cell) in cells.enumerated() {
            let reference = SpreadsheetReference.cell(column: index + 1, row: number)
            switch cell {
            case .text(let text):
                let value = SpreadsheetText.cellValue(text)
                guard !value.isEmpty else { continue }
                let style = isHeader ? Self.headerStyle : wraps(value, column: index) ? Self.wrapStyle : nil
                xml += textCell(value, reference: reference, style: style)
            case .number(let value):
                let style = isHeader ? #" s="\#(Self.headerStyle)""# : ""
                if let text = Self.numberText(value) {
                    xml += #"<c r="\#(reference)"\#(style)><v>\#(text)</v></c>"#
                } else {
                    xml += #"<c r="\#(reference)"\#(style) t="e"><v>#NUM!</v></c>"#
                }
            case .empty:
                continue
            }
        }
        return xml.isEmpty ? "" : #"<row r="\#(number)">"# + xml + "</row>"
    }

    private func textCell(_ value: String, reference: String, style: Int?) -> String {
        let styleAttribute = style.map { #" s="\#($0)""# } ?? ""
        let space = SpreadsheetText.needsPreservedSpace(value) ? #" xml:space="preserve""# : ""
        return #"<c r="\#(reference)"\#(styleAttribute) t="inlineStr"><is><t\#(space)>"#
            + SpreadsheetText.escaped(value) + "</t></is></c>"
    }

    /// Long text wraps: text with line breaks, or longer than its column is wide.
    private func wraps(_ value: String, column index: Int) -> Bool {
        if value.unicodeScalars.contains("\n") { return true }
        guard index < sheet.columns.count, let width = sheet.columns[index].width else { return false }
        return Double(value.count) > width
    }

    /// Integral values without a fraction, others in Swift's shortest round-trip form; nil when not finite.
    static func numberText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
