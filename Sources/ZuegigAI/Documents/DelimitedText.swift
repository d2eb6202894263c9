// Tables exported from spreadsheets and programs ("Gemarkung;Flur;Flurstück" / "Oberfeld;17;290/4",
// or the same with tabs) carry their columns in the delimiter, not in the layout. Blocks of such lines
// are rewritten as the aligned table a person sees when opening the export, so that the label/value
// reader and the taggers find the value under its column header and beside its label.
import Foundation

enum DelimitedText {
    /// The lines of a page as the readers see them: delimited blocks aligned, then each line laid out
    /// (`FieldExtractor.layout`).
    static func lines(of page: String) -> [String] {
        aligned(page.components(separatedBy: "\n")).map(FieldExtractor.layout)
    }

    /// The fields of a line written with `delimiter`, or nil when the line is not such a record:
    /// at least two fields, and after a semicolon no blank (prose "...; mit ..." is no record).
    static func fields(_ line: String, delimiter: Character) -> [String]? {
        guard line.contains(delimiter) else { return nil }
        let parts = line.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
        if delimiter == ";", parts.dropFirst().contains(where: { $0.hasPrefix(" ") }) { return nil }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Consecutive records of one delimiter, padded column by column and joined by two blanks.
    static func aligned(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains(";") || $0.contains("\t") }) else { return lines }
        var result = lines
        var index = 0
        while index < lines.count {
            guard let delimiter = [Character(";"), "\t"].first(where: { fields(lines[index], delimiter: $0) != nil }) else {
                index += 1
                continue
            }
            var block: [[String]] = []
            var end = index
            while end < lines.count, let record = fields(lines[end], delimiter: delimiter) {
                block.append(record)
                end += 1
            }
            let columns = block.map(\.count).max() ?? 0
            // Widths in UTF-16 units, the offsets the readers compare.
            let widths = (0..<columns).map { column in block.map { column < $0.count ? $0[column].utf16.count : 0 }.max() ?? 0 }
            let indent = String(lines[index].prefix { $0 == " " })
            for (offset, record) in block.enumerated() {
                let cells = record.enumerated().map { column, text in
                    column == record.count - 1 ? text : text + String(repeating: " ", count: widths[column] - text.utf16.count)
                }
                result[index + offset] = indent + cells.joined(separator: "  ").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
            }
            index = end
        }
        return result
    }
}
