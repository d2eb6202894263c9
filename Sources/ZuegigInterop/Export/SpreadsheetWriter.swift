// Writes exported tables as an Excel workbook (.xlsx, Office Open XML) without any library.
import Foundation

public enum SpreadsheetWriter {
    /// The .xlsx file. Sheet names are made valid and unique (see `SpreadsheetSheetNames`); text is
    /// written as inline strings, so it is never evaluated as a formula.
    public static func workbook(_ sheets: [SpreadsheetSheet], modified: Date = Date()) throws(SpreadsheetError) -> Data {
        guard !sheets.isEmpty else { throw .noSheets }
        let names = SpreadsheetSheetNames.assign(sheets.map(\.name))
        var worksheets: [SpreadsheetWorksheet] = []
        for (sheet, name) in zip(sheets, names) {
            worksheets.append(try SpreadsheetWorksheet(sheet, name: name))
        }
        var archive = ZipArchiveWriter(modified: modified)
        archive.add(path: "[Content_Types].xml", data: Data(SpreadsheetPackage.contentTypes(sheetCount: sheets.count).utf8))
        archive.add(path: "_rels/.rels", data: Data(SpreadsheetPackage.rootRelationships.utf8))
        archive.add(path: "xl/workbook.xml", data: Data(SpreadsheetPackage.workbook(worksheets).utf8))
        archive.add(path: "xl/_rels/workbook.xml.rels", data: Data(SpreadsheetPackage.workbookRelationships(sheetCount: sheets.count).utf8))
        archive.add(path: "xl/styles.xml", data: Data(SpreadsheetPackage.styles.utf8))
        for (index, worksheet) in worksheets.enumerated() {
            archive.add(path: SpreadsheetPackage.worksheetPath(index), data: Data(worksheet.xml(selected: index == 0).utf8))
        }
        do {
            return try archive.finish()
        } catch {
            throw .archive(error)
        }
    }
}
