// German text normalisation shared by the classifiers: case folding, umlaut folding that keeps
// offsets, tokens and stop words. OCR often loses umlaut dots, so ä, ö, ü fold to a, o, u.
public enum GermanText {
    /// Folds one character so that UTF-16 offsets stay the same (ä -> a, ß -> s, Ä -> A).
    @inline(__always)
    public static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ä", "à", "á", "â": "a"
        case "ö", "ò", "ó", "ô": "o"
        case "ü", "ù", "ú", "û": "u"
        case "é", "è", "ê": "e"
        case "Ä": "A"
        case "Ö": "O"
        case "Ü": "U"
        case "ß": "s"
        default: scalar
        }
    }

    /// The text with umlauts folded and nothing else changed (same length in UTF-16).
    public static func foldPreservingOffsets(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            scalars.append(foldScalar(scalar))
        }
        return String(scalars)
    }

    /// Lower-cased, folded word tokens (letters only; digits split tokens and are dropped).
    /// Tokens shorter than two letters are dropped. Works on UTF-8 bytes with an ASCII fast path;
    /// other scalars go through `foldScalar` and the Unicode tables.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var letters = 0
        func flush() {
            if letters >= 2 { result.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            letters = 0
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                if value >= 97 && value <= 122 {
                    current.append(UInt8(value)); letters += 1
                } else if value >= 65 && value <= 90 {
                    current.append(UInt8(value + 32)); letters += 1
                } else {
                    flush()
                }
                continue
            }
            if value == 0xDF { // ß
                current.append(115); current.append(115); letters += 2
                continue
            }
            let folded = foldScalar(scalar)
            if folded.value < 128 {
                current.append(UInt8(folded.value | 0x20)); letters += 1
            } else if folded.properties.isAlphabetic {
                for lower in folded.properties.lowercaseMapping.unicodeScalars {
                    appendUTF8(lower, to: &current); letters += 1
                }
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    @inline(__always)
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for unit in UTF8.encode(scalar)! { bytes.append(unit) }
    }

    /// Common German function words that carry no topic (folded spelling).
    public static let stopWords: Set<String> = [
        "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander", "andere",
        "anderen", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bist", "da", "dabei", "dadurch",
        "dafur", "dagegen", "daher", "damit", "dann", "daran", "darauf", "daraus", "darf", "darin",
        "daruber", "das", "dass", "dasselbe", "dem", "den", "denen", "denn", "der", "deren", "des",
        "dessen", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort",
        "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwa", "euer",
        "fur", "gegen", "ggf", "hat", "hatte", "haben", "hier", "hin", "ihm", "ihn", "ihr", "ihre",
        "ihrem", "ihren", "ihrer", "im", "in", "indem", "ins", "ist", "ja", "je", "jede", "jedem",
        "jeden", "jeder", "jedes", "kann", "kein", "keine", "man", "mit", "muss", "nach", "nicht",
        "noch", "nur", "ob", "oder", "ohne", "sich", "sie", "sind", "so", "soll", "sowie", "uber",
        "um", "und", "uns", "unter", "vom", "von", "vor", "wann", "war", "waren", "was", "weil",
        "welche", "welchem", "welchen", "welcher", "wenn", "wer", "werden", "wie", "wir", "wird",
        "wo", "wurde", "wurden", "zu", "zum", "zur", "zwischen", "bzw", "gem", "lt", "nr", "ca",
        "sowie", "usw", "vgl", "siehe", "gemass", "sein", "seine", "seiner", "werden",
    ]

    /// A comparison key: folded, lower case, letters, digits and "/" kept, other runs as one space.
    public static func comparisonKey(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        @inline(__always) func separate() {
            if pendingSpace, !result.isEmpty { result.append(32) }
            pendingSpace = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                if (97...122).contains(value) || (48...57).contains(value) || value == 47 {
                    separate(); result.append(UInt8(value))
                } else if (65...90).contains(value) {
                    separate(); result.append(UInt8(value + 32))
                } else {
                    pendingSpace = true
                }
                continue
            }
            if value == 0xDF || value == 0x1E9E { // ß, ẞ
                separate(); result.append(115); result.append(115)
                continue
            }
            let folded = foldScalar(scalar)
            var kept = false
            for lower in folded.properties.lowercaseMapping.unicodeScalars where lower.properties.isAlphabetic {
                if !kept { separate(); kept = true }
                appendUTF8(lower, to: &result)
            }
            if !kept { pendingSpace = true }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
