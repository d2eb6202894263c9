// Reads corrections exported from the platform (JSON lines: {"kind": ..., "text": ...}) for retraining.
import ArgumentParser
import Foundation
import ZuegigDomain

enum CorrectionsFile {
    struct Entry: Decodable {
        let kind: DocumentKind
        let text: String
    }

    static func read(_ path: String) throws -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Datei \(path) nicht gefunden.") }
        var entries: [Entry] = []
        for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where !line.isEmpty {
            do {
                entries.append(try JSONDecoder().decode(Entry.self, from: Data(line.utf8)))
            } catch {
                throw ValidationError("\(path) Zeile \(offset + 1): erwartet {\"kind\": ..., \"text\": ...}")
            }
        }
        return entries
    }
}
