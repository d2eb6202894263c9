// A statement of the labelled participation corpus (corpus/statements/*.jsonl): its topic, stance,
// form-letter campaign (nil for an individual letter) and the personal data in it.
import Foundation

public struct LabelledStatement: Codable, Sendable {
    public struct PersonalData: Codable, Sendable, Hashable {
        public var type: PersonalDataKind
        public var text: String
    }

    public var id: String
    public var text: String
    public var topic: String
    public var stance: Stance
    public var campaign: String?
    public var pii: [PersonalData]

    /// Every line of every `.jsonl` file in the directory (or the one file), in file and line order.
    public static func load(_ path: String) throws -> [LabelledStatement] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CommentAnalysisError.invalid("Korpus nicht gefunden: \(path)") }
        let files = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".jsonl") }.sorted().map { path + "/" + $0 }
            : [path]
        var result: [LabelledStatement] = []
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n").enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                do {
                    result.append(try JSONDecoder().decode(LabelledStatement.self, from: Data(line.utf8)))
                } catch {
                    throw CommentAnalysisError.invalid("\(file) Zeile \(number + 1): \(error)")
                }
            }
        }
        return result
    }
}
