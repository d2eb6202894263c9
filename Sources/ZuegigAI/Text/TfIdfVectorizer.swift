// TF-IDF over terms: sublinear term frequency, smoothed inverse document frequency, L2 norm.
import Foundation

public struct TfIdfVectorizer: Sendable, Codable {
    public private(set) var vocabulary: [String]
    public private(set) var idf: [Float]
    private var index: [String: Int32]

    enum CodingKeys: String, CodingKey { case vocabulary, idf }

    public init(vocabulary: [String], idf: [Float]) {
        self.vocabulary = vocabulary
        self.idf = idf
        index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, Int32($0)) })
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let vocabulary = try container.decode([String].self, forKey: .vocabulary)
        let idf = try container.decode([Float].self, forKey: .idf)
        guard vocabulary.count == idf.count else {
            throw DecodingError.dataCorruptedError(forKey: .idf, in: container, debugDescription: "idf and vocabulary differ in length")
        }
        self.init(vocabulary: vocabulary, idf: idf)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(vocabulary, forKey: .vocabulary)
        try container.encode(idf, forKey: .idf)
    }

    /// Learns the vocabulary (terms in at least `minimumDocuments` and at most `maximumDocuments`
    /// documents) and the idf weights.
    public static func fit(_ documents: [[String]], minimumDocuments: Int = 2, maximumDocuments: Int = .max) -> TfIdfVectorizer {
        var frequency: [String: Int] = [:]
        for terms in documents {
            for term in Set(terms) { frequency[term, default: 0] += 1 }
        }
        let kept = frequency.filter { $0.value >= minimumDocuments && $0.value <= maximumDocuments }.keys.sorted()
        let count = Float(documents.count)
        let idf = kept.map { Float(log((1 + count) / (1 + Float(frequency[$0]!)))) + 1 }
        return TfIdfVectorizer(vocabulary: kept, idf: idf)
    }

    public var dimension: Int { vocabulary.count }

    public func transform(_ terms: [String]) -> SparseVector {
        var counts: [Int32: Int] = [:]
        for term in terms {
            if let position = index[term] { counts[position, default: 0] += 1 }
        }
        let sorted = counts.keys.sorted()
        var values = sorted.map { Float(1 + log(Double(counts[$0]!))) * idf[Int($0)] }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { values = values.map { $0 / norm } }
        return SparseVector(indices: sorted, values: values)
    }
}
