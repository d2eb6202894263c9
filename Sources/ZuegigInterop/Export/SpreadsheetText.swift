// Prepares cell text for a worksheet: Excel's line breaks, its length limit and its _xHHHH_ escapes.

enum SpreadsheetText {
    /// Excel's limit for one cell, counted in UTF-16 code units.
    static let maximumLength = 32_767

    /// The text as the cell should show it: valid XML characters only, LF line breaks, at most 32,767 long.
    static func cellValue(_ text: String) -> String {
        truncated(XMLText.removingInvalidCharacters(normalisingLineBreaks(text)))
    }

    /// Excel breaks lines at LF; a CR would be read as LF by any XML parser anyway.
    static func normalisingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Cuts at a character boundary and ends with "…", keeping the total within the limit.
    static func truncated(_ text: String, limit: Int = maximumLength) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        var length = 0
        for character in text {
            let size = character.utf16.count
            if length + size > limit - 1 { break }
            result.append(character)
            length += size
        }
        return result + "…"
    }

    /// The text for the `<t>` element. Excel reads "_x0041_" in a string as the character U+0041,
    /// so a literal occurrence has its underscore written as "_x005F_".
    static func escaped(_ value: String) -> String {
        XMLText.escaped(protectingCharacterCodes(value))
    }

    static func protectingCharacterCodes(_ text: String) -> String {
        guard text.contains("_x") || text.contains("_X") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for index in scalars.indices {
            if isCharacterCode(scalars, at: index) { result.append(contentsOf: "_x005F".unicodeScalars) }
            result.append(scalars[index])
        }
        return String(result)
    }

    static func isCharacterCode(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x" || scalars[index + 1] == "X",
              scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// Leading or trailing whitespace and line breaks survive only with xml:space="preserve".
    static func needsPreservedSpace(_ value: String) -> Bool {
        let whitespace: Set<Unicode.Scalar> = [" ", "\t", "\n"]
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        return whitespace.contains(first) || whitespace.contains(last) || value.unicodeScalars.contains("\n")
    }
}
