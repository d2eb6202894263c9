// Reads procedure definitions from YAML (one file per procedure type and Land) and reports the
// first problem with its file and line: syntax, structure (a missing or mistyped key) or meaning
// (a transition to an undeclared step, a deadline started by an action no transition has, ...).
import Foundation
import Yams
import ZuegigDomain

public enum ProcedureYAML {
    public static func parse(_ text: String, file: String) throws(ProcedureLoadError) -> ProcedureDefinition {
        try decode(ProcedureDefinition.self, from: text, file: file, problems: ProcedureValidator.problems(in:))
    }

    /// Decodes one YAML document as `T` and reports the first structural or semantic problem at its line.
    static func decode<T: Decodable>(_: T.Type, from text: String, file: String,
                                     problems: (T) -> [ProcedureValidator.Problem]) throws(ProcedureLoadError) -> T {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ProcedureLoadError(file: file, line: nil, column: nil, problem: "the file is empty")
            }
            root = composed
        } catch let error as ProcedureLoadError {
            throw error
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw ProcedureLoadError(file: file, line: nil, column: nil, problem: "unreadable YAML: \(error)")
        }
        let definition: T
        do {
            definition = try YAMLDecoder().decode(T.self, from: root)
        } catch let error as DecodingError {
            throw structureError(error, root: root, file: file)
        } catch {
            throw ProcedureLoadError(file: file, line: nil, column: nil, problem: "\(error)")
        }
        if let problem = problems(definition).first {
            let mark = node(at: problem.path, in: root)?.mark
            throw ProcedureLoadError(file: file, line: mark?.line, column: mark?.column, problem: problem.message)
        }
        return definition
    }

    /// Loads every `*.yaml` / `*.yml` file of a folder, in name order; ids must be unique.
    public static func loadDirectory(_ path: String) throws(ProcedureLoadError) -> [ProcedureDefinition] {
        try loadFolder(path, parse: parse, id: \.id)
    }

    /// The planning procedures (participation phases) of a folder, e.g. `Procedures/planning`.
    public static func loadPlanningDirectory(_ path: String) throws(ProcedureLoadError) -> [PlanningProcedureDefinition] {
        try loadFolder(path, parse: parsePlanning, id: \.id)
    }

    public static func parsePlanning(_ text: String, file: String) throws(ProcedureLoadError) -> PlanningProcedureDefinition {
        try decode(PlanningProcedureDefinition.self, from: text, file: file, problems: \.problems)
    }

    static func loadFolder<T>(_ path: String, parse: (String, String) throws(ProcedureLoadError) -> T,
                              id: (T) -> String) throws(ProcedureLoadError) -> [T] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        } catch {
            throw ProcedureLoadError(file: path, line: nil, column: nil, problem: "cannot read the folder of procedures")
        }
        var definitions: [T] = []
        for name in names {
            let file = (path as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ProcedureLoadError(file: file, line: nil, column: nil, problem: "cannot read the file as UTF-8")
            }
            let definition = try parse(text, file)
            if definitions.contains(where: { id($0) == id(definition) }) {
                throw ProcedureLoadError(file: file, line: node(at: ["id"], in: (try? Yams.compose(yaml: text)) ?? nil)?.mark?.line, column: nil,
                                         problem: "the id '\(id(definition))' is used by another procedure file")
            }
            definitions.append(definition)
        }
        return definitions
    }

    static func syntaxError(_ error: YamlError, file: String) -> ProcedureLoadError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ProcedureLoadError(file: file, line: mark.line, column: mark.column, problem: "YAML syntax: \(problem)")
        default:
            return ProcedureLoadError(file: file, line: nil, column: nil, problem: "YAML: \(error)")
        }
    }

    static func structureError(_ error: DecodingError, root: Node, file: String) -> ProcedureLoadError {
        let path: [any CodingKey]
        let problem: String
        switch error {
        case .keyNotFound(let key, let context):
            path = context.codingPath
            problem = "the key '\(key.stringValue)' is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            path = context.codingPath
            problem = "wrong type: \(context.debugDescription)"
        case .dataCorrupted(let context):
            path = context.codingPath
            problem = context.debugDescription
        @unknown default:
            path = []
            problem = "\(error)"
        }
        let keys = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        let mark = node(at: keys, in: root)?.mark ?? root.mark
        return ProcedureLoadError(file: file, line: mark?.line, column: mark?.column, problem: problem + (keys.isEmpty ? "" : " (at \(keys.joined(separator: ".")))"))
    }

    /// The deepest node along `path` (keys of mappings, indexes of sequences).
    static func node(at path: [String], in root: Node?) -> Node? {
        var current = root
        for key in path {
            guard let here = current else { break }
            let next: Node?
            if let index = Int(key), let sequence = here.sequence, sequence.indices.contains(index) {
                next = sequence[index]
            } else {
                next = here[key]
            }
            guard let next else { return current }
            current = next
        }
        return current
    }
}
