// `zuegig comments analyze INPUT.jsonl`: groups form letters, finds topics, stance and personal data
// in the statements of a participation and prints JSON (docs/comments.md); `evaluate` measures the
// analysis on the labelled corpus; `generate` writes a large realistic set for benchmarks.
import ArgumentParser
import Foundation
import ZuegigAI

struct Comments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Analyse statements and objections of a public participation.",
                                                    subcommands: [Analyze.self, Evaluate.self, Generate.self, Import.self])

    static func routing(_ path: String?) throws -> RoutingRules {
        let file = path ?? "Rules/comment-routing.json"
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Zuständigkeitsregeln \(file) nicht gefunden (--routing).") }
        do { return try RoutingRules.load(data) } catch { throw ValidationError("Zuständigkeitsregeln \(file): \(error)") }
    }

    /// One JSON object per line with `id` and `text` (other fields are ignored).
    static func readInput(_ path: String) throws -> [CommentAnalyzer.Input] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Datei \(path) nicht gefunden.") }
        guard data.count <= 2_000 * 1_048_576 else { throw ValidationError("Die Datei ist größer als 2 GB.") }
        // Lines decoded in parallel (one decoder per chunk); the first bad line is reported.
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let decoded = ParallelMap.map(Array(lines.enumerated()), chunk: 2048, perChunk: {
            let decoder = JSONDecoder()
            return { entry -> (Int, CommentAnalyzer.Input?)? in
                let (number, line) = entry
                guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { return nil }
                return (number + 1, try? decoder.decode(CommentAnalyzer.Input.self, from: Data(line)))
            }
        })
        var inputs: [CommentAnalyzer.Input] = []
        inputs.reserveCapacity(decoded.count)
        for entry in decoded {
            guard let (number, input) = entry else { continue }
            guard let input else { throw ValidationError("\(path) Zeile \(number): kein JSON-Objekt mit den Feldern „id“ (Text) und „text“.") }
            inputs.append(input)
        }
        return inputs
    }

    static func emit(_ value: some Encodable, pretty: Bool) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    struct Analyze: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Analyse a JSONL file of statements; prints JSON (duplicateGroups, clusters, anonymized).")

        @Argument(help: "JSONL, one object per line with id and text.")
        var input: String

        @Option(help: "Number of topics (1-200); chosen automatically when absent.")
        var clusters: Int?

        @Option(help: "Routing rules (JSON); default Rules/comment-routing.json.")
        var routing: String?

        @Flag(help: "Compact JSON (one line) instead of pretty printed.")
        var compact = false

        @Flag(help: "Print the time of each phase to standard error.")
        var timings = false

        func validate() throws {
            if let clusters, !(1...200).contains(clusters) { throw ValidationError("--clusters muss zwischen 1 und 200 liegen.") }
        }

        func run() async throws {
            var analyzer = CommentAnalyzer(clusters: clusters, routing: try Comments.routing(routing))
            if timings { analyzer.trace = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) } }
            do {
                var clock = Date()
                let inputs = try Comments.readInput(input)
                analyzer.trace?("read: \(String(format: "%.2f", Date().timeIntervalSince(clock))) s")
                let result = try analyzer.analyze(inputs)
                clock = Date()
                try Comments.emit(result, pretty: !compact)
                analyzer.trace?("write: \(String(format: "%.2f", Date().timeIntervalSince(clock))) s")
            } catch let error as CommentAnalysisError {
                throw ValidationError(error.description)
            }
        }
    }

    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Measure the analysis on the labelled corpus (topics, duplicates, personal data, stance).")

        @Argument(help: "Directory of labelled .jsonl files or one file.")
        var corpus: String = "corpus/statements"

        @Option(help: "Number of topics; chosen automatically when absent.")
        var clusters: Int?

        @Option(help: "Write the analysis itself to this file as well.")
        var analysis: String?

        func run() async throws {
            do {
                let labelled = try LabelledStatement.load(corpus)
                let analyzer = CommentAnalyzer(clusters: clusters, routing: try Comments.routing(nil))
                let result = try analyzer.analyze(labelled.map { CommentAnalyzer.Input(id: $0.id, text: $0.text) })
                if let analysis {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    try encoder.encode(result).write(to: URL(fileURLWithPath: analysis))
                }
                var evaluation = CommentEvaluation.evaluate(labelled, result)
                evaluation.incremental = try IncrementalTopicEvaluation.evaluate(labelled, analyzer: analyzer)
                try Comments.emit(evaluation, pretty: true)
            } catch let error as CommentAnalysisError {
                throw ValidationError(error.description)
            }
        }
    }
}

extension Comments {
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a large realistic labelled set of statements (JSONL) built from the corpus.")

        @Option(help: "Number of statements.")
        var count: Int = 100_000

        @Option(help: "Seed; the same seed gives the same set.")
        var seed: UInt64 = 1

        @Option(help: "Labelled corpus whose sentences, letters and topics the set is built from.")
        var corpus: String = "corpus/statements"

        func validate() throws {
            guard (1...2_000_000).contains(count) else { throw ValidationError("--count muss zwischen 1 und 2.000.000 liegen.") }
        }

        func run() async throws {
            let labelled: [LabelledStatement]
            do { labelled = try LabelledStatement.load(corpus) } catch { throw ValidationError("\(error)") }
            var generator = StatementSetGenerator(corpus: labelled, seed: seed)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var buffer = Data()
            for _ in 0..<count {
                buffer.append(try encoder.encode(generator.next()))
                buffer.append(10)
                if buffer.count > 4_000_000 {
                    FileHandle.standardOutput.write(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(buffer)
        }
    }
}
