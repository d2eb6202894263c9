// `zuegig documents evaluate`: quality of the classifier and the extractor on the held-out split
// of the labelled corpus; `--ocr` reads the scanned documents through tesseract first.
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop

extension Documents {
    struct Evaluate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report accuracy, macro-F1, confusion matrix and field precision/recall as JSON.")
        @OptionGroup var options: ModelOption
        @Option(help: "Corpus folder with labels.jsonl.") var corpus = "./corpus"
        @Option(help: "Which split: test (held-out authors), dev (blind development authors), train or all.") var split = "test"
        @Flag(help: "Read scanned documents from their page images with tesseract.") var ocr = false
        @Flag(help: "List every extraction error.") var errors = false
        @Option(help: "Only the authors whose name starts with this (e.g. `b` for the second wave).") var authors: String?

        func run() async throws {
            let data = try LabelledCorpus.load(URL(fileURLWithPath: corpus))
            let analyzer = DocumentAnalyzer(classifier: try options.load())
            guard let chosen = data.split(split) else { throw ValidationError("Unbekannter Split \(split): test, dev, train oder all.") }
            var documents = chosen
                .filter { authors == nil || $0.authorName.hasPrefix(authors!) }
            if ocr {
                let tools = await TextExtractionTools.locate()
                guard tools.canRecognise else { throw ValidationError("tesseract mit deutschen Sprachdaten fehlt; --ocr ist nicht möglich.") }
                let extractor = TextExtractor(tools: tools)
                for index in documents.indices where documents[index].scanned {
                    var pages: [String] = []
                    for scan in documents[index].scans {
                        guard let bytes = FileManager.default.contents(atPath: data.directory.appendingPathComponent("scans/\(scan)").path) else { continue }
                        pages += await extractor.extract(bytes, format: .png).texts
                    }
                    documents[index].pages = pages
                }
            }
            var predictions: [DocumentClassification] = []
            var fields = FieldReport()
            var subsets: [String: FieldReport] = ["clean": FieldReport(), "noisy": FieldReport(), "scanned": FieldReport()]
            for document in documents {
                let analysis = analyzer.analyse(pages: document.pages)
                predictions.append(analysis.classification)
                fields.add(documentID: document.id, expected: document.fields, found: analysis.fields)
                let subset = document.scanned ? "scanned" : (document.noisy ? "noisy" : "clean")
                subsets[subset]!.add(documentID: document.id, expected: document.fields, found: analysis.fields)
            }
            let classification = ClassificationReport(expected: documents.map(\.kind), predicted: predictions)
            func subsetAccuracy(_ filter: (LabelledDocument) -> Bool) -> JSONOutput {
                let pairs = zip(documents, predictions).filter { filter($0.0) }
                guard !pairs.isEmpty else { return .null }
                return .object(["documents": .int(pairs.count), "accuracy": .double(Double(pairs.filter { $0.0.kind == $0.1.bestGuess }.count) / Double(pairs.count))])
            }
            var output: [String: JSONOutput] = [
                "split": .string(split), "ocr": .bool(ocr), "documents": .int(documents.count),
                "classification": .encodable(classification),
                "classificationBySubset": .object([
                    "clean": subsetAccuracy { !$0.noisy && !$0.scanned }, "noisy": subsetAccuracy(\.noisy), "scanned": subsetAccuracy(\.scanned),
                ]),
                "fields": .array(fields.perField.map {
                    .object(["field": .string($0.field.rawValue), "expected": .int($0.expected), "extracted": .int($0.extracted), "correct": .int($0.correct),
                             "correctPage": .int($0.correctPage), "precision": .double($0.precision), "recall": .double($0.recall), "f1": .double($0.f1)])
                }),
                "fieldsMicro": .object(["precision": .double(fields.micro.precision), "recall": .double(fields.micro.recall), "f1": .double(fields.micro.f1)]),
                "fieldsBySubset": .object(subsets.mapValues { .object(["f1": .double($0.micro.f1), "precision": .double($0.micro.precision), "recall": .double($0.micro.recall)]) }),
            ]
            if errors { output["errors"] = .array(fields.errors.map(JSONOutput.string)) }
            try JSONOutput.print(.object(output))
        }
    }
}
