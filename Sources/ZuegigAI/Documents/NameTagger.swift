// A learnt reader of who is who: softmax regression over the context of every name in a document
// (`NameCandidate`), trained on the labelled corpus by `zuegig documents train` and stored in the
// document model. It answers Bauherr/in and Entwurfsverfasser/in where no label names them, e.g. a
// name in the title block of a plan, a signature without role, an office's letterhead.
import Foundation
import ZuegigDomain

public struct NameTagger: Sendable, Codable {
    /// The classes in the order of the regression's outputs; the last is "someone else".
    public static let fields: [DocumentField] = [.bauherr, .architekt]
    public let vocabulary: [String]
    public let regression: SoftmaxRegression
    /// An answer needs at least this probability.
    public let threshold: Double
    let index: [String: Int32]

    enum CodingKeys: String, CodingKey { case vocabulary, regression, threshold }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vocabulary = try container.decode([String].self, forKey: .vocabulary)
        regression = try container.decode(SoftmaxRegression.self, forKey: .regression)
        threshold = try container.decode(Double.self, forKey: .threshold)
        index = Dictionary(vocabulary.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        guard regression.dimension == vocabulary.count, regression.classes == Self.fields.count + 1 else {
            throw DecodingError.dataCorruptedError(forKey: .regression, in: container, debugDescription: "Dimensionen passen nicht zusammen")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vocabulary, forKey: .vocabulary)
        try container.encode(regression, forKey: .regression)
        try container.encode(threshold, forKey: .threshold)
    }

    init(vocabulary: [String], regression: SoftmaxRegression, threshold: Double) {
        self.vocabulary = vocabulary
        self.regression = regression
        self.threshold = threshold
        index = Dictionary(vocabulary.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// One labelled document for training: its pages, its kind and the true names.
    public struct Example: Sendable {
        public let pages: [String]
        public let kind: DocumentKind?
        public let names: [DocumentField: String]

        public init(pages: [String], kind: DocumentKind?, names: [DocumentField: String]) {
            self.pages = pages
            self.kind = kind
            self.names = names
        }
    }

    /// Trains on every name candidate of the examples: the class of a candidate is the field whose
    /// true value it is, else "someone else". Features seen in fewer than two candidates are dropped.
    public static func train(_ examples: [Example], threshold: Double = 0.5) -> NameTagger {
        var samples: [([String], Int)] = []
        for example in examples {
            let keys = example.names.mapValues(GermanText.comparisonKey)
            for candidate in NameCandidate.all(pages: example.pages, kind: example.kind) {
                let key = GermanText.comparisonKey(candidate.name)
                let label = fields.firstIndex { keys[$0] == key } ?? fields.count
                samples.append((candidate.features, label))
            }
        }
        var counts: [String: Int] = [:]
        for (features, _) in samples { for feature in Set(features) { counts[feature, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= 2 }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
        var options = SoftmaxRegression.Options()
        options.epochs = 40
        options.learningRate = 1
        options.l2 = 1e-5
        let regression = SoftmaxRegression.train(
            samples.map { vector($0.0, index: index) }, labels: samples.map(\.1), classes: fields.count + 1, dimension: vocabulary.count,
            options: options
        )
        return NameTagger(vocabulary: vocabulary, regression: regression.rounded(), threshold: threshold)
    }

    static func vector(_ features: [String], index: [String: Int32]) -> SparseVector {
        let indices = Set(features.compactMap { index[$0] }).sorted()
        let value = indices.isEmpty ? 0 : 1 / Float(indices.count).squareRoot()
        return SparseVector(indices: indices, values: Array(repeating: value, count: indices.count))
    }

    /// A name the tagger gives a field, with its probability and where it stands.
    public struct Answer: Sendable, Hashable {
        public let field: DocumentField
        public let name: String
        public let probability: Double
        public let page: Int
        public let evidence: String
    }

    /// The most probable name per field, when it reaches the threshold; one name answers one field.
    public func answers(pages: [String], kind: DocumentKind?) -> [DocumentField: Answer] {
        var best: [DocumentField: Answer] = [:]
        for candidate in NameCandidate.all(pages: pages, kind: kind) {
            let probabilities = regression.probabilities(Self.vector(candidate.features, index: index))
            for (k, field) in Self.fields.enumerated() {
                let p = Double(probabilities[k])
                if p > (best[field]?.probability ?? 0) {
                    best[field] = Answer(field: field, name: candidate.name, probability: p, page: candidate.page, evidence: candidate.evidence)
                }
            }
        }
        if let builder = best[.bauherr], let architect = best[.architekt],
           GermanText.comparisonKey(builder.name) == GermanText.comparisonKey(architect.name) {
            best[builder.probability >= architect.probability ? .architekt : .bauherr] = nil
        }
        return best.filter { $0.value.probability >= threshold }
    }
}
