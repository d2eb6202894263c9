// What the learnt taggers of the field extractor share: a feature vocabulary (features seen in at
// least two training samples), a softmax regression over it and the probability an answer needs.
// Stored inside the document model as {vocabulary, regression, threshold, scale}.
import Foundation

struct TaggerModel: Sendable, Codable {
    let vocabulary: [String]
    let regression: SoftmaxRegression
    let threshold: Double
    /// The value of every present feature; nil scales a sample's vector to unit length (model files
    /// written before the scale was stored).
    let scale: Float?
    let index: [String: Int32]

    enum CodingKeys: String, CodingKey { case vocabulary, regression, threshold, scale }

    init(vocabulary: [String], regression: SoftmaxRegression, threshold: Double, scale: Float?) {
        self.vocabulary = vocabulary
        self.regression = regression
        self.threshold = threshold
        self.scale = scale
        index = Self.index(vocabulary)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        vocabulary = try container.decode([String].self, forKey: .vocabulary)
        regression = try container.decode(SoftmaxRegression.self, forKey: .regression)
        threshold = try container.decode(Double.self, forKey: .threshold)
        scale = try container.decodeIfPresent(Float.self, forKey: .scale)
        index = Self.index(vocabulary)
        guard regression.dimension == vocabulary.count else {
            throw DecodingError.dataCorruptedError(forKey: .regression, in: container, debugDescription: "Dimensionen passen nicht zusammen")
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vocabulary, forKey: .vocabulary)
        try container.encode(regression, forKey: .regression)
        try container.encode(threshold, forKey: .threshold)
        try container.encodeIfPresent(scale, forKey: .scale)
    }

    /// Checks the number of classes a tagger expects of a model read from a file.
    func requiring(classes: Int) throws -> TaggerModel {
        guard regression.classes == classes else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Klassen passen nicht zusammen"))
        }
        return self
    }

    func probabilities(_ features: [String]) -> [Float] {
        regression.probabilities(Self.vector(features, index: index, scale: scale))
    }

    static func fit(_ samples: [([String], Int)], classes: Int, threshold: Double, learningRate: Float = 1, scale: Float? = nil) -> TaggerModel {
        var counts: [String: Int] = [:]
        for (features, _) in samples { for feature in Set(features) { counts[feature, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= 2 }.keys.sorted()
        let index = Self.index(vocabulary)
        var options = SoftmaxRegression.Options()
        options.epochs = 40
        options.learningRate = learningRate
        options.l2 = 1e-5
        let regression = SoftmaxRegression.train(
            samples.map { vector($0.0, index: index, scale: scale) }, labels: samples.map(\.1), classes: classes, dimension: vocabulary.count,
            options: options
        )
        return TaggerModel(vocabulary: vocabulary, regression: regression.rounded(), threshold: threshold, scale: scale)
    }

    static func vector(_ features: [String], index: [String: Int32], scale: Float?) -> SparseVector {
        let indices = Set(features.compactMap { index[$0] }).sorted()
        let value = indices.isEmpty ? 0 : (scale ?? 1 / Float(indices.count).squareRoot())
        return SparseVector(indices: indices, values: Array(repeating: value, count: indices.count))
    }

    static func index(_ vocabulary: [String]) -> [String: Int32] {
        Dictionary(vocabulary.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
    }
}
