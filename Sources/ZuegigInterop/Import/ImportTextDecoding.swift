// Turns bytes into text: whole import files, and MIME parts or encoded words in a named charset.
import Foundation

enum ImportTextDecoding {
    /// Decodes a CSV or JSONL file. Throws when the bytes are binary or in no encoding we accept.
    static func decodeFile(_ data: Data, source: String) throws(StatementImportError) -> String {
        let bytes = [UInt8](data)
        func failure(_ message: String) -> StatementImportError { StatementImportError(source: source, message: message) }
        guard !bytes.isEmpty else { throw failure("Die Datei ist leer.") }
        // Excel's "Unicode-Text" export is UTF-16 with a byte order mark; it is text, so read it
        // rather than reject it as binary for its zero bytes.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding), !text.unicodeScalars.contains("\0") { return text }
            throw failure("Die Datei ist als UTF-16 gekennzeichnet, aber nicht lesbar.")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw failure("Die Datei ist eine Excel- oder ZIP-Datei. Bitte speichern Sie die Tabelle als CSV (UTF-8).")
        }
        guard !looksBinary(bytes) else { throw failure("Die Datei enthält Binärdaten und ist keine Textdatei.") }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(data: Data(body), encoding: .utf8) { return text }
        if let text = windows1252(body) { return text }
        throw failure("Die Zeichenkodierung der Datei ist weder UTF-8 noch Windows-1252.")
    }

    /// Zero bytes, or many control characters other than tab, line feed, form feed and carriage return.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var controls = 0
        for byte in bytes {
            if byte == 0 { return true }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0C, byte != 0x0D { controls += 1 }
        }
        return controls > max(8, bytes.count / 100)
    }

    /// Decodes a MIME body or header in the declared charset. Mail programs often declare the wrong one,
    /// so this never fails: it falls back from UTF-8 to Windows-1252 to Latin-1.
    static func decode(_ bytes: [UInt8], charset: String?) -> String {
        switch canonicalCharset(charset) {
        case "iso-8859-1", "windows-1252":
            // As in browsers (WHATWG Encoding): ISO-8859-1 labels mean Windows-1252, which only adds
            // printable characters where Latin-1 has unused control codes.
            return windows1252(bytes) ?? latin1(bytes)
        case "iso-8859-15":
            return latin9(bytes)
        default:
            return String(data: Data(bytes), encoding: .utf8) ?? windows1252(bytes) ?? latin1(bytes)
        }
    }

    /// The charsets the e-mail reader understands, under one name each; nil for any other label.
    static func canonicalCharset(_ label: String?) -> String? {
        guard let label else { return nil }
        switch label.trimmingCharacters(in: .whitespaces).lowercased() {
        case "utf-8", "utf8": return "utf-8"
        case "us-ascii", "ascii", "ansi_x3.4-1968": return "us-ascii"
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1": return "iso-8859-1"
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9": return "iso-8859-15"
        case "windows-1252", "cp1252", "x-cp1252": return "windows-1252"
        default: return nil
        }
    }

    /// nil when a byte is one of the five that Windows-1252 leaves undefined.
    static func windows1252(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: .windowsCP1252)
    }

    static func latin1(_ bytes: [UInt8]) -> String {
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(Unicode.Scalar(byte)) }
        return String(text)
    }

    /// ISO-8859-15 is Latin-1 with eight positions replaced, among them the euro sign.
    static func latin9(_ bytes: [UInt8]) -> String {
        let replaced: [UInt8: Unicode.Scalar] = [
            0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}",
            0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}", 0xBE: "\u{0178}",
        ]
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(replaced[byte] ?? Unicode.Scalar(byte)) }
        return String(text)
    }
}
