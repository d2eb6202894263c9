// Reading and writing numbers as German documents write them: 1.250,50 / 1 250,5 / 1250,5 / 0.35.
import Foundation

public enum GermanNumber {
    /// Parses a number; `groupedThousands` tells whether a dot followed by exactly three digits
    /// groups thousands (areas, costs) or is a decimal point (heights, ratios).
    public static func parse(_ raw: String, groupedThousands: Bool) -> Double? {
        var text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{00A0}", with: " ")
        guard !text.isEmpty else { return nil }
        text = text.replacingOccurrences(of: "'", with: "")
        if text.contains(",") {
            // German: comma is the decimal separator, dots and spaces group.
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            let whole = parts[0].replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "")
            return Double("\(whole).\(parts[1])")
        }
        let spaced = text.replacingOccurrences(of: " ", with: "")
        let dots = spaced.split(separator: ".", omittingEmptySubsequences: false)
        if dots.count > 2 { return Double(spaced.replacingOccurrences(of: ".", with: "")) }
        if dots.count == 2, groupedThousands, dots[1].count == 3 {
            return Double(spaced.replacingOccurrences(of: ".", with: ""))
        }
        return Double(spaced)
    }

    /// German format with the given decimals and dots grouping thousands.
    public static func format(_ value: Double, decimals: Int) -> String {
        let formatted = String(format: "%.\(decimals)f", value)
        let parts = formatted.split(separator: ".")
        var whole = String(parts[0])
        let negative = whole.hasPrefix("-")
        if negative { whole.removeFirst() }
        var grouped = ""
        for (offset, character) in whole.reversed().enumerated() {
            if offset > 0, offset % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        let result = String(grouped.reversed()) + (parts.count > 1 ? "," + parts[1] : "")
        return negative ? "-" + result : result
    }
}
