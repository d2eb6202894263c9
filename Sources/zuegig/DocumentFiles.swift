// Reads files for the documents commands: detects the format from the bytes and extracts the text
// with the real tools. Problems become a German message in the JSON, never a crash.
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop

enum DocumentFiles {
    struct Result {
        let file: String
        let format: String
        let text: ExtractedText?
        let problem: String?

        var header: [String: JSONOutput] {
            var entry: [String: JSONOutput] = ["file": .string(file), "format": .string(format)]
            if let problem { entry["error"] = .string(problem) }
            if let text {
                entry["text"] = .object([
                    "status": .string(text.status.rawValue),
                    "pages": .array(text.pages.map { .object(["page": .int($0.page), "method": .string($0.method.rawValue), "characters": .int($0.text.count)]) }),
                    "message": text.message.map(JSONOutput.string) ?? .null,
                ])
            }
            return entry
        }
    }

    static let maximumBytes = 100 * 1_048_576

    static func read(_ files: [String]) async -> [Result] {
        let extractor = TextExtractor(tools: await TextExtractionTools.locate())
        var results: [Result] = []
        for file in files {
            results.append(await read(file, extractor: extractor))
        }
        return results
    }

    static func read(_ file: String, extractor: TextExtractor) async -> Result {
        let url = URL(fileURLWithPath: file)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file), let size = attributes[.size] as? Int else {
            return Result(file: file, format: "unbekannt", text: nil, problem: "Datei nicht gefunden oder nicht lesbar.")
        }
        guard size <= maximumBytes else {
            return Result(file: file, format: "unbekannt", text: nil, problem: "Die Datei ist größer als \(maximumBytes / 1_048_576) MB.")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            return Result(file: file, format: "unbekannt", text: nil, problem: "Datei nicht lesbar.")
        }
        if url.pathExtension.lowercased() == "txt" {
            let pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
            let text = ExtractedText(pages: pages.enumerated().map { PageText(page: $0.offset + 1, method: .textLayer, text: $0.element) }, status: .available)
            return Result(file: file, format: "text", text: text, problem: nil)
        }
        switch DocumentFormat.detect(data) {
        case .failure(let problem):
            return Result(file: file, format: "unbekannt", text: nil, problem: problem.germanMessage)
        case .success(let format):
            return Result(file: file, format: format.rawValue, text: await extractor.extract(data, format: format), problem: nil)
        }
    }
}
