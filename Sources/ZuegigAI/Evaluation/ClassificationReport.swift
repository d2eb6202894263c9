// Accuracy, macro-F1, per-kind precision/recall and the confusion matrix of a classifier run.
import ZuegigDomain

public struct ClassificationReport: Sendable, Codable {
    public struct PerKind: Sendable, Codable {
        public let kind: DocumentKind
        public let support: Int
        public let precision: Double
        public let recall: Double
        public let f1: Double
    }

    public let documents: Int
    public let accuracy: Double
    public let macroF1: Double
    /// Share of documents answered "unklar" (below the threshold).
    public let unclearShare: Double
    /// Accuracy among the documents that got a confident answer.
    public let confidentAccuracy: Double
    public let perKind: [PerKind]
    /// confusion[expected][predicted] with kinds in DocumentKind.allCases order (best guesses).
    public let confusion: [[Int]]

    public init(expected: [DocumentKind], predicted: [DocumentClassification]) {
        let kinds = DocumentKind.allCases
        let index = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        var confusion = Array(repeating: Array(repeating: 0, count: kinds.count), count: kinds.count)
        var correct = 0, unclear = 0, confidentCorrect = 0
        for (truth, answer) in zip(expected, predicted) {
            confusion[index[truth]!][index[answer.bestGuess]!] += 1
            if answer.bestGuess == truth { correct += 1 }
            if answer.kind == nil { unclear += 1 } else if answer.kind == truth { confidentCorrect += 1 }
        }
        var perKind: [PerKind] = []
        for (k, kind) in kinds.enumerated() {
            let truePositive = Double(confusion[k][k])
            let predictedCount = Double(confusion.map { $0[k] }.reduce(0, +))
            let support = confusion[k].reduce(0, +)
            let precision = predictedCount > 0 ? truePositive / predictedCount : 0
            let recall = support > 0 ? truePositive / Double(support) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            perKind.append(PerKind(kind: kind, support: support, precision: precision, recall: recall, f1: f1))
        }
        let present = perKind.filter { $0.support > 0 }
        documents = expected.count
        accuracy = expected.isEmpty ? 0 : Double(correct) / Double(expected.count)
        macroF1 = present.isEmpty ? 0 : present.map(\.f1).reduce(0, +) / Double(present.count)
        unclearShare = expected.isEmpty ? 0 : Double(unclear) / Double(expected.count)
        let confident = expected.count - unclear
        confidentAccuracy = confident > 0 ? Double(confidentCorrect) / Double(confident) : 0
        self.perKind = perKind
        self.confusion = confusion
    }
}
