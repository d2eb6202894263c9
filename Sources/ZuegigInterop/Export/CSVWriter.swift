// Writes CSV files that German Excel opens directly: RFC 4180 quoting, CRLF, UTF-8 with BOM, ';' by default.
import Foundation

public enum CSVWriter {
    /// A complete CSV file. An empty `header` writes no header record.
    ///
    /// Every record ends with CRLF. Fields that begin like a spreadsheet formula get a leading
    /// apostrophe (see `neutralised(_:)`), so a value typed into a form cannot run in Excel.
    /// The delimiter must not be a quote, CR or LF; those would make the file ambiguous.
    public static func document(header: [String], rows: [[String]], delimiter: Character = ";", byteOrderMark: Bool = true) -> Data {
        let separator = String(delimiter)
        var text = ""
        for record in header.isEmpty ? rows : [header] + rows {
            text += line(record, delimiter: delimiter, separator: separator)
            text += "\r\n"
        }
        var data = byteOrderMark ? Data([0xEF, 0xBB, 0xBF]) : Data()
        data.append(contentsOf: text.utf8)
        return data
    }

    static func line(_ record: [String], delimiter: Character, separator: String) -> String {
        // A record of one empty field would otherwise be a blank line, which readers skip.
        if record == [""] { return "\"\"" }
        return record.map { field($0, delimiter: delimiter) }.joined(separator: separator)
    }

    /// One field, neutralised and then quoted when it contains the delimiter, a quote, CR or LF.
    static func field(_ value: String, delimiter: Character) -> String {
        let safe = neutralised(value)
        // Scalars, not Characters: "\r\n" is a single Character and would hide both CR and LF.
        let special = Set(delimiter.unicodeScalars).union(["\"", "\r", "\n"])
        guard safe.unicodeScalars.contains(where: special.contains) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The OWASP advice against CSV injection: a field starting with `=`, `+`, `-`, `@`, tab or CR
    /// gets a leading apostrophe, unless the whole field is a plain number such as "-3" or "-3,5".
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(value) else { return value }
        return "'" + value
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// An optional sign, ASCII digits, and at most one ',' or '.' followed by more digits.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = Substring(value).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let integerDigits = scalars.prefix(while: isDigit)
        guard !integerDigits.isEmpty else { return false }
        scalars = scalars.dropFirst(integerDigits.count)
        guard let separator = scalars.first else { return true }
        guard separator == "," || separator == "." else { return false }
        let fraction = scalars.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(isDigit)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
