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
    /// Tokens shorter than two letters are dropped.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 { result.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            // ASCII fast path (same result as below, without the Unicode property tables).
            let value = scalar.value
            if value < 128 {
                if value >= 97 && value <= 122 {
                    current.append(scalar)
                } else if value >= 65 && value <= 90 {
                    current.append(Unicode.Scalar(UInt8(value + 32)))
                } else {
                    flush()
                }
                continue
            }
            if scalar == "ß" {
                current.append("s")
                current.append("s")
                continue
            }
            let folded = foldScalar(scalar)
            if folded.properties.isAlphabetic {
                for lower in folded.properties.lowercaseMapping.unicodeScalars {
                    current.append(lower)
                }
            } else {
                flush()
            }
        }
        flush()
        return result
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
        var result = ""
        var pendingSpace = false
        for scalar in foldPreservingOffsets(text.replacingOccurrences(of: "ß", with: "ss")).lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "/" {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }
}
