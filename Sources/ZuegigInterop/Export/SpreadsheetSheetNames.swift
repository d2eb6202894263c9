// Turns requested sheet names into names Excel accepts: valid characters, at most 31 long, unique, not empty.

enum SpreadsheetSheetNames {
    /// Excel counts the length in UTF-16 code units.
    static let maximumLength = 31
    static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// One valid name per requested name, in order. Uniqueness is case-insensitive, as in Excel;
    /// "History" is reserved by Excel's change tracking and so counts as taken from the start.
    static func assign(_ requested: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        var names: [String] = []
        for (index, name) in requested.enumerated() {
            let base = sanitised(name, fallback: "Tabelle\(index + 1)")
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = trimmed(limited(base, to: maximumLength - suffix.utf16.count)) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// Forbidden characters become '_'; control characters go; the name is cut to 31 and may not
    /// start or end with an apostrophe (Excel's rule) or whitespace.
    static func sanitised(_ name: String, fallback: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where XMLText.isAllowed(scalar) && scalar.properties.generalCategory != .control {
            cleaned.append(forbidden.contains(scalar) ? "_" : scalar)
        }
        let result = trimmed(limited(trimmed(String(cleaned)), to: maximumLength))
        return result.isEmpty ? fallback : result
    }

    static func limited(_ text: String, to length: Int) -> String {
        var result = ""
        for character in text {
            if result.utf16.count + character.utf16.count > length { break }
            result.append(character)
        }
        return result
    }

    static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first == "'" || first.isWhitespace { characters.removeFirst() }
        while let last = characters.last, last == "'" || last.isWhitespace { characters.removeLast() }
        return String(characters)
    }
}
