// The classifier: training is deterministic, answers carry confidence and deciding terms, an empty
// text is not classified, and the committed model still meets its quality on the held-out authors.
import Foundation
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct DocumentClassifierTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let texts = [
        "Brandschutznachweis Rettungsweg Feuerwiderstand F 30 Rauchwarnmelder Feuerwehr", "Brandschutzkonzept zweiter Rettungsweg Brandwand feuerhemmend",
        "Lageplan Maßstab 1:500 Flurstücksgrenze Abstandsfläche Nordpfeil", "amtlicher Lageplan Grenzabstand Baugrenze Flurstück Nachbar",
        "Vollmacht hiermit bevollmächtige ich den Entwurfsverfasser Unterschrift", "Bevollmächtigung zur Stellung des Bauantrags Vollmachtgeber",
    ]
    let kinds: [DocumentKind] = [.brandschutznachweis, .brandschutznachweis, .lageplan, .lageplan, .vollmacht, .vollmacht]

    @Test func trainingIsDeterministicAndAnswersExplainThemselves() throws {
        var options = DocumentClassifier.TrainingOptions()
        options.minimumDocuments = 1
        let first = DocumentClassifier.train(texts: texts, kinds: kinds, options: options)
        let second = DocumentClassifier.train(texts: texts, kinds: kinds, options: options)
        #expect(try first.encoded() == second.encoded())
        let answer = first.classify(text: "Nachweis der Rettungswege und des Feuerwiderstands der Bauteile")
        #expect(answer.bestGuess == .brandschutznachweis)
        #expect(answer.confidence > 0 && answer.confidence <= 1)
        #expect(!answer.decisiveTerms.isEmpty)
        let reloaded = try DocumentClassifier.load(from: try first.encoded())
        #expect(reloaded.classify(text: "Lageplan mit Abstandsflächen").bestGuess == .lageplan)
    }

    @Test func noTextIsNotClassifiedAndABrokenModelIsRefused() throws {
        var options = DocumentClassifier.TrainingOptions()
        options.minimumDocuments = 1
        let model = DocumentClassifier.train(texts: texts, kinds: kinds, options: options)
        let empty = model.classify(pages: ["", "   "])
        #expect(empty.kind == nil && !empty.hadText)
        #expect(throws: DocumentClassifier.LoadError.self) { try DocumentClassifier.load(from: Data("{\"x\":1}".utf8)) }
    }

    /// The quality gate: the committed model on the held-out authors of our corpus. The numbers in
    /// docs/quality.md come from `zuegig documents evaluate`; this only guards against regressions.
    @Test func committedModelKeepsItsQualityOnHeldOutAuthors() throws {
        let corpus = try LabelledCorpus.load(Self.root.appendingPathComponent("corpus"))
        let model = try DocumentClassifier.load(from: try Data(contentsOf: Self.root.appendingPathComponent("Models/document-classifier.json")))
        #expect(model.provenance["corpusDigest"] == corpus.digest(), "the model is not built from this corpus: run zuegig documents train")
        let test = corpus.test
        #expect(test.count >= 90)
        let analyzer = DocumentAnalyzer(classifier: model)
        var fields = FieldReport()
        var predictions: [DocumentClassification] = []
        for document in test {
            let analysis = analyzer.analyse(pages: document.pages)
            predictions.append(analysis.classification)
            fields.add(documentID: document.id, expected: document.fields, found: analysis.fields)
        }
        let report = ClassificationReport(expected: test.map(\.kind), predicted: predictions)
        #expect(report.accuracy >= 0.9)
        #expect(report.confidentAccuracy >= 0.97)
        #expect(fields.micro.precision >= 0.9)
        #expect(fields.micro.f1 >= 0.75)
    }
}
