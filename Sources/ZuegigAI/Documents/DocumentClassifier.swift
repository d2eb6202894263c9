// The trained document classifier: TF-IDF features and softmax regression, stored as one JSON
// model file built by `zuegig documents train` and loaded at start-up.
import Foundation
import ZuegigDomain

public struct DocumentClassifier: Sendable, Codable {
    public static let formatVersion = 1

    public let formatVersion: Int
    public let kinds: [DocumentKind]
    public let termOptions: TermOptions
    public let vectorizer: TfIdfVectorizer
    public let regression: SoftmaxRegression
    /// Below this confidence the answer is "unklar".
    public let threshold: Double
    /// The confidence of a "Sonstiges" answer that rests on the document's head naming another
    /// type of document (see `DocumentTitle`) while the model found no kind with confidence.
    public static let titleConfidence = 0.5
    /// Where the model came from (number of training documents, corpus digest), for the record.
    public let provenance: [String: String]
    /// Who is Bauherr/in and who Entwurfsverfasser/in where no label says so; trained with the
    /// classifier from the same corpus (absent in older model files: the rules alone then decide).
    public private(set) var nameTagger: NameTagger?
    /// Which number is which measure where no rule or label says so; trained with the classifier
    /// (absent in older model files: the rules alone then decide).
    public private(set) var measureTagger: MeasureTagger?

    /// The same model with the learnt taggers of the field extractor.
    public func with(nameTagger: NameTagger?, measureTagger: MeasureTagger? = nil) -> DocumentClassifier {
        var copy = self
        copy.nameTagger = nameTagger
        copy.measureTagger = measureTagger
        return copy
    }

    public struct TrainingOptions: Sendable {
        public var terms = TermOptions()
        public var regression = SoftmaxRegression.Options()
        public var threshold = 0.4
        public var minimumDocuments = 2

        public init() {}
    }

    public enum LoadError: Error, CustomStringConvertible {
        case unreadable(String)
        case incompatible(Int)

        public var description: String {
            switch self {
            case .unreadable(let reason): "Das Klassifikationsmodell ist nicht lesbar: \(reason)"
            case .incompatible(let version): "Das Klassifikationsmodell hat das Format \(version), erwartet wird \(DocumentClassifier.formatVersion). Bitte mit `zuegig documents train` neu erstellen."
            }
        }
    }

    public static func train(
        texts: [String], kinds labels: [DocumentKind], options: TrainingOptions = TrainingOptions(),
        provenance: [String: String] = [:]
    ) -> DocumentClassifier {
        let kinds = DocumentKind.allCases
        let terms = texts.map { options.terms.terms(of: $0) }
        let vectorizer = TfIdfVectorizer.fit(terms, minimumDocuments: options.minimumDocuments)
        let vectors = terms.map(vectorizer.transform)
        let classIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        let regression = SoftmaxRegression.train(
            vectors, labels: labels.map { classIndex[$0]! }, classes: kinds.count, dimension: vectorizer.dimension,
            options: options.regression
        )
        return DocumentClassifier(
            formatVersion: formatVersion, kinds: kinds, termOptions: options.terms, vectorizer: vectorizer,
            regression: regression.rounded(), threshold: options.threshold, provenance: provenance, nameTagger: nil, measureTagger: nil
        )
    }

    public static func load(from data: Data) throws -> DocumentClassifier {
        let model: DocumentClassifier
        do {
            model = try JSONDecoder().decode(DocumentClassifier.self, from: data)
        } catch {
            throw LoadError.unreadable(String(describing: error))
        }
        guard model.formatVersion == formatVersion else { throw LoadError.incompatible(model.formatVersion) }
        guard model.regression.dimension == model.vectorizer.dimension, model.regression.classes == model.kinds.count else {
            throw LoadError.unreadable("Dimensionen passen nicht zusammen")
        }
        return model
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Classifies a document from its page texts.
    public func classify(pages: [String]) -> DocumentClassification {
        classify(text: pages.joined(separator: "\n"))
    }

    public func classify(text: String) -> DocumentClassification {
        let vector = vectorizer.transform(termOptions.terms(of: text))
        guard !vector.isEmpty else {
            return DocumentClassification(
                kind: nil, bestGuess: .sonstiges, confidence: 0, decisiveTerms: [], alternatives: [], hadText: false
            )
        }
        let probabilities = regression.probabilities(vector)
        let ranked = probabilities.enumerated().sorted { $0.element > $1.element }
        let best = ranked[0].offset
        let confidence = Double(ranked[0].element)
        // A term decides when its feature value times its weight for the best class, minus the
        // mean weight over the classes, is large: it pulls towards this kind and away from others.
        var contributions: [(String, Float)] = []
        for (position, index) in vector.indices.enumerated() {
            let term = vectorizer.vocabulary[Int(index)]
            guard TermOptions.isReadable(term) else { continue }
            var mean: Float = 0
            for k in 0..<kinds.count { mean += regression.weight(class: k, term: Int(index)) }
            mean /= Float(kinds.count)
            let pull = vector.values[position] * (regression.weight(class: best, term: Int(index)) - mean)
            if pull > 0 { contributions.append((term, pull)) }
        }
        let decisive = contributions.sorted { $0.1 > $1.1 }.prefix(6).map(\.0)
        let alternatives = ranked.dropFirst().prefix(2).map {
            DocumentClassification.Alternative(kind: kinds[$0.offset], probability: Double($0.element))
        }
        // "Sonstiges" is everything else, so examples of other "other" papers do not teach it: an
        // unsure answer becomes "Sonstiges" when the head names another type of document and no kind.
        if confidence < threshold, kinds[best] != .sonstiges, kinds.contains(.sonstiges) {
            let title = DocumentTitle(pages: [text])
            if title.namesOnlyAnotherType {
                return DocumentClassification(
                    kind: .sonstiges, bestGuess: .sonstiges, confidence: Self.titleConfidence, decisiveTerms: Array(title.otherTypes.prefix(6)),
                    alternatives: ranked.prefix(2).map { DocumentClassification.Alternative(kind: kinds[$0.offset], probability: Double($0.element)) },
                    hadText: true
                )
            }
        }
        return DocumentClassification(
            kind: confidence >= threshold ? kinds[best] : nil, bestGuess: kinds[best], confidence: confidence,
            decisiveTerms: decisive, alternatives: alternatives, hadText: true
        )
    }
}
