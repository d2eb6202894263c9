// Recognises uploaded files by their bytes, never by their name, and refuses what we cannot use.
import Foundation

public enum DocumentFormat: String, Sendable, Codable, Hashable {
    case pdf, png, jpeg, tiff

    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .tiff: "image/tiff"
        }
    }

    public enum Problem: Error, Sendable, Hashable {
        case empty
        case unsupported
        case encryptedPDF
        case brokenPDF

        public var germanMessage: String {
            switch self {
            case .empty: "Die Datei ist leer."
            case .unsupported: "Dieses Dateiformat wird nicht angenommen. Erlaubt sind PDF, PNG, JPEG und TIFF."
            case .encryptedPDF: "Die PDF-Datei ist verschlüsselt oder kennwortgeschützt. Bitte laden Sie sie ohne Schutz hoch."
            case .brokenPDF: "Die PDF-Datei ist beschädigt oder unvollständig."
            }
        }
    }

    public static func detect(_ bytes: Data) -> Result<DocumentFormat, Problem> {
        guard !bytes.isEmpty else { return .failure(.empty) }
        let head = [UInt8](bytes.prefix(8))
        if head.starts(with: Array("%PDF-".utf8)) { return checkPDF(bytes) }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .success(.png) }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .success(.jpeg) }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .success(.tiff) }
        return .failure(.unsupported)
    }

    /// A PDF must end with an end-of-file marker and must not be encrypted.
    static func checkPDF(_ bytes: Data) -> Result<DocumentFormat, Problem> {
        let tail = bytes.suffix(2048)
        guard tail.range(of: Data("%%EOF".utf8)) != nil else { return .failure(.brokenPDF) }
        // The trailer (or cross-reference stream) names an /Encrypt dictionary when the file is encrypted.
        let trailerWindow = bytes.suffix(64 * 1024)
        if trailerWindow.range(of: Data("/Encrypt".utf8)) != nil { return .failure(.encryptedPDF) }
        return .success(.pdf)
    }
}
