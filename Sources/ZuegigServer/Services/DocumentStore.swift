// Stores document bytes by their SHA-256 in the documents folder; identical files are stored once.
import Crypto
import Foundation

public struct DocumentStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    func path(for sha256: String) -> String {
        (directory as NSString).appendingPathComponent("\(sha256.prefix(2))/\(sha256)")
    }

    /// Writes the bytes (atomically, via a temporary file) unless they are already stored.
    public func put(_ data: Data) throws -> String {
        let hash = Self.sha256(data)
        let target = path(for: hash)
        if FileManager.default.fileExists(atPath: target) { return hash }
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: target), options: .atomic)
        return hash
    }

    public func read(_ sha256: String) throws -> Data {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else {
            throw AppError(.notFound, "Das Dokument wurde nicht gefunden.")
        }
        guard let data = FileManager.default.contents(atPath: path(for: sha256)) else {
            throw AppError(.internal, "Die Datei des Dokuments fehlt im Dokumentenspeicher.")
        }
        return data
    }
}
