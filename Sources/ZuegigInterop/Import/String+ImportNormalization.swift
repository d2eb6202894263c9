// Fast trimming, line-break and Unicode normalisation for imported values.
import Foundation

/// Foundation's versions are slow on Linux (microseconds per call), and a 200,000-row file calls them
/// millions of times.
extension String {
    /// Without leading and trailing whitespace and line breaks.
    var trimmedForImport: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }

    /// Unicode NFC. Text made only of scalars below U+0300 (ASCII, Latin-1, Latin Extended) is
    /// already NFC, so the common German case skips Foundation.
    var precomposedForImport: String {
        unicodeScalars.allSatisfy({ $0.value < 0x300 }) ? self : precomposedStringWithCanonicalMapping
    }

    /// Line breaks as "\n".
    var unixLineBreaksForImport: String {
        guard utf8.contains(UInt8(ascii: "\r")) else { return self }
        return replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
