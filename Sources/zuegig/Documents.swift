// `zuegig documents classify|extract|check|train|evaluate`: the document intake pipeline on files,
// printing JSON. PDFs and images go through pdftotext/tesseract; a .txt file is read as the text
// of a document (pages separated by form feeds).
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigServer

struct Documents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify Bauvorlagen, extract their facts, check completeness, train the classifier.",
        subcommands: [Classify.self, Extract.self, Check.self, Train.self, Evaluate.self, Corrections.self]
    )

    struct ModelOption: ParsableArguments {
        @Option(help: "Model file (default: $ZUEGIG_DOCUMENT_MODEL or ./Models/document-classifier.json).")
        var model: String?

        func load() throws -> DocumentClassifier {
            let path = model ?? ProcessInfo.processInfo.environment["ZUEGIG_DOCUMENT_MODEL"] ?? "./Models/document-classifier.json"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Modelldatei \(path) nicht gefunden; mit `zuegig documents train` erstellen.")
            }
            return try DocumentClassifier.load(from: data)
        }
    }

    /// Reads the files, adds `describe`'s entries for each readable one, prints the JSON array;
    /// exits 1 when a file could not be read.
    static func printEach(
        _ files: [String], options: ModelOption, describe: (ExtractedText, DocumentAnalyzer) -> [String: JSONOutput]
    ) async throws {
        let analyzer = DocumentAnalyzer(classifier: try options.load())
        let results = await DocumentFiles.read(files)
        let output = results.map { result -> JSONOutput in
            var entry = result.header
            if let text = result.text { entry.merge(describe(text, analyzer)) { _, new in new } }
            return .object(entry)
        }
        try JSONOutput.print(.array(output))
        if results.contains(where: { $0.text == nil }) { throw ExitCode(1) }
    }

    struct Classify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the kind, confidence and deciding terms of each file as JSON.")
        @OptionGroup var options: ModelOption
        @Argument(help: "PDF, PNG, JPEG, TIFF or .txt files.") var files: [String]

        func run() async throws {
            try await Documents.printEach(files, options: options) { text, analyzer in
                ["classification": .encodable(analyzer.classifier.classify(pages: text.texts))]
            }
        }
    }

    struct Extract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the facts found in each file (with pages) as JSON.")
        @OptionGroup var options: ModelOption
        @Argument(help: "PDF, PNG, JPEG, TIFF or .txt files.") var files: [String]

        func run() async throws {
            try await Documents.printEach(files, options: options) { text, analyzer in
                let analysis = analyzer.analyse(pages: text.texts)
                return ["kind": .string(analysis.classification.kind?.rawValue ?? "unklar"), "fields": .encodable(analysis.fields)]
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check the files as one application against a procedure's required documents.")
        @OptionGroup var options: ModelOption
        @Option(help: "Procedure id, e.g. mbo-regulaer (see Procedures/).") var procedure: String
        @Option(help: "Building class declared in the application (1-5).") var buildingClass: Int?
        @Option(help: "Folder of procedure files.") var procedures = ProcessInfo.processInfo.environment["ZUEGIG_PROCEDURES_DIR"] ?? "./Procedures"
        @Argument(help: "PDF, PNG, JPEG, TIFF or .txt files.") var files: [String]

        func run() async throws {
            let definitions = try ProcedureYAML.loadDirectory(procedures)
            guard let definition = definitions.first(where: { $0.id == procedure }) else {
                throw ValidationError("Unbekanntes Verfahren \(procedure); vorhanden: \(definitions.map(\.id).sorted().joined(separator: ", ")).")
            }
            if let buildingClass, !(1...5).contains(buildingClass) { throw ValidationError("Die Gebäudeklasse muss zwischen 1 und 5 liegen.") }
            let analyzer = DocumentAnalyzer(classifier: try options.load())
            let results = await DocumentFiles.read(files)
            var analysed: [AnalysedDocument] = []
            var entries: [JSONOutput] = []
            for result in results {
                var entry = result.header
                let name = URL(fileURLWithPath: result.file).lastPathComponent
                if let text = result.text {
                    let analysis = analyzer.analyse(pages: text.texts)
                    entry["classification"] = .encodable(analysis.classification)
                    entry["fields"] = .encodable(analysis.fields)
                    analysed.append(AnalysedDocument(
                        id: result.file, name: name, kind: analysis.classification.kind, confidence: analysis.classification.confidence,
                        fields: analysis.fields, textStatus: text.status
                    ))
                } else {
                    analysed.append(AnalysedDocument(id: result.file, name: name, kind: nil, textStatus: .failed))
                }
                entries.append(.object(entry))
            }
            let report = CompletenessChecker().check(documents: analysed, requirements: definition.documents, declaredBuildingClass: buildingClass)
            try JSONOutput.print(.object(["procedure": .string(definition.id), "documents": .array(entries), "report": .encodable(report), "complete": .bool(report.isComplete)]))
        }
    }

    struct Train: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rebuild the classifier from the labelled corpus (training split) and write the model file.")
        @Option(help: "Corpus folder with labels.jsonl.") var corpus = "./corpus"
        @Option(help: "Where to write the model.") var output = "./Models/document-classifier.json"
        @Option(help: "Also train on corrections exported by `zuegig documents corrections` (JSON lines with kind and text).") var corrections: String?

        @Option(help: "Train only on the training authors whose name starts with this (e.g. `a` for the first wave), to measure on the others.") var authors: String?

        func run() async throws {
            let data = try LabelledCorpus.load(URL(fileURLWithPath: corpus))
            let training = data.training.filter { authors == nil || $0.authorName.hasPrefix(authors!) }
            var texts = training.map { $0.pages.joined(separator: "\n") }
            var kinds = training.map(\.kind)
            if let corrections {
                let extra = try CorrectionsFile.read(corrections)
                texts += extra.map(\.text)
                kinds += extra.map(\.kind)
            }
            let classifier = DocumentClassifier.train(
                texts: texts, kinds: kinds,
                provenance: ["trainingDocuments": String(texts.count), "corpusDigest": data.digest(), "corrections": corrections ?? "none",
                             "authors": authors.map { "\($0)*" } ?? "all"]
            )
            let tagger = NameTagger.train(training.map { document in
                NameTagger.Example(pages: document.pages, kind: document.kind, values: document.fields.filter { NameTagger.fields.contains($0.key) }.mapValues(\.value))
            })
            let measures = MeasureTagger.train(training.map { document in
                MeasureTagger.Example(
                    pages: document.pages, kind: document.kind,
                    values: document.fields.filter { MeasureTagger.fields.contains($0.key) }.compactMapValues { Double($0.value) }
                )
            })
            let model = classifier.with(nameTagger: tagger, measureTagger: measures)
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try model.encoded().write(to: url)
            let test = data.test
            let report = ClassificationReport(expected: test.map(\.kind), predicted: test.map { model.classify(pages: $0.pages) })
            try JSONOutput.print(.object([
                "model": .string(output), "trainingDocuments": .int(texts.count), "vocabulary": .int(model.vectorizer.dimension),
                "nameTaggerFeatures": .int(tagger.vocabulary.count), "measureTaggerFeatures": .int(measures.vocabulary.count),
                "heldOutDocuments": .int(test.count), "heldOutAccuracy": .double(report.accuracy), "heldOutMacroF1": .double(report.macroF1),
            ]))
        }
    }

    struct Corrections: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Export the case workers' kind corrections (JSON lines) for `documents train --corrections`.")
        @Option(help: "Where to write the JSON lines.") var output = "corrections.jsonl"

        func run() async throws {
            let config = try Runtime.loadConfig()
            let metrics = Runtime.bootstrap(config)
            let lines = try await Runtime.withApp(config, metrics: metrics) { app in try await CorrectionExport.lines(on: app.db) }
            try Data((lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8).write(to: URL(fileURLWithPath: output))
            print("\(lines.count) Korrekturen nach \(output) geschrieben")
        }
    }
}
