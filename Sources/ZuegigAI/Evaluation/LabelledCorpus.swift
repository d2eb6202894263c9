// Reads the labelled corpus written by corpus/generate.py: labels.jsonl plus documents/<id>.txt
// (pages separated by form feeds) and scans/<id>-<page>.png for the scanned documents.
import Foundation
import ZuegigDomain

public struct LabelledCorpus: Sendable {
    public let directory: URL
    public let documents: [LabelledDocument]

    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        case invalid(line: Int, reason: String)

        public var description: String {
            switch self {
            case .missing(let path): "Korpus nicht gefunden: \(path)"
            case .invalid(let line, let reason): "labels.jsonl Zeile \(line): \(reason)"
            }
        }
    }

    public static func load(_ directory: URL) throws -> LabelledCorpus {
        let labels = directory.appendingPathComponent("labels.jsonl")
        guard let data = FileManager.default.contents(atPath: labels.path) else { throw LoadError.missing(labels.path) }
        var documents: [LabelledDocument] = []
        for (offset, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let kindName = object["kind"] as? String,
                  let kind = DocumentKind(rawValue: kindName) else {
                throw LoadError.invalid(line: offset + 1, reason: "id oder kind fehlt oder ist unbekannt")
            }
            var fields: [DocumentField: LabelledDocument.Expected] = [:]
            for (name, raw) in (object["fields"] as? [String: Any]) ?? [:] {
                guard let field = DocumentField(rawValue: name), let entry = raw as? [String: Any], let page = entry["page"] as? Int else {
                    throw LoadError.invalid(line: offset + 1, reason: "Feld \(name) ist unbekannt")
                }
                fields[field] = .init(value: Self.text(entry["value"]), page: page)
            }
            let textURL = directory.appendingPathComponent("documents/\(id).txt")
            guard let text = FileManager.default.contents(atPath: textURL.path) else { throw LoadError.missing(textURL.path) }
            let pages = String(decoding: text, as: UTF8.self).components(separatedBy: "\u{0C}")
            documents.append(LabelledDocument(
                id: id, kind: kind, author: object["author"] as? String ?? "", split: object["split"] as? String ?? "train",
                caseID: object["case"] as? String ?? "", noisy: object["noisy"] as? Bool ?? false,
                scanned: object["scanned"] as? Bool ?? false, scans: object["scans"] as? [String] ?? [], fields: fields, pages: pages
            ))
        }
        return LabelledCorpus(directory: directory, documents: documents)
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : String(double)
        case let string as String: return string
        default: return ""
        }
    }

    public var training: [LabelledDocument] { documents.filter(\.isTraining) }
    /// The held-out authors: never used to train nor to develop the rules.
    public var test: [LabelledDocument] { documents.filter { $0.split == "test" } }
    /// Authors written blind for development: not trained on, looked at to find the reader's gaps.
    public var development: [LabelledDocument] { documents.filter { $0.split == "dev" } }

    public func split(_ name: String) -> [LabelledDocument]? {
        switch name {
        case "all": documents
        case "train": training
        case "test": test
        case "dev": development
        default: nil
        }
    }

    /// A short digest of the labels file, stored with the model so a model names its corpus.
    public func digest() -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for document in documents {
            for byte in (document.id + document.kind.rawValue + document.split + document.pages.joined()).utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
