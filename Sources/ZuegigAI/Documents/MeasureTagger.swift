// A learnt reader of the measures of a building: softmax regression over the context of every
// number in a document (`NumberCandidate`), trained on the labelled corpus by `zuegig documents
// train` and stored in the document model. It answers the height, gross floor area, site area,
// declared GRZ/GFZ and construction cost where no rule or known label found them, e.g. in running
// prose, under a numbered form field or in a table whose wording the lexicon does not know.
import Foundation
import ZuegigDomain

public struct MeasureTagger: Sendable, Codable {
    /// The classes in the order of the regression's outputs; the last is "another number".
    public static let fields: [DocumentField] = [.hoehe, .bgf, .grundstuecksflaeche, .grz, .gfz, .baukosten]
    let model: TaggerModel
    public var vocabulary: [String] { model.vocabulary }
    /// An answer needs at least this probability.
    public var threshold: Double { model.threshold }
    /// Every present feature counts alike (binary features), whatever their number: a number has
    /// few telling words among many, and scaling to unit length drowned them (measured on the
    /// second wave of authors with a first-wave model).
    static let scale: Float = 1

    public init(from decoder: any Decoder) throws {
        model = try TaggerModel(from: decoder).requiring(classes: Self.fields.count + 1)
    }

    public func encode(to encoder: any Encoder) throws {
        try model.encode(to: encoder)
    }

    init(model: TaggerModel) {
        self.model = model
    }

    /// One labelled document for training, with the true measures.
    public typealias Example = TaggerExample<Double>

    /// Trains on every number of the examples: the class of a number is the field whose true value
    /// it is (read as that field reads numbers), else "another number".
    public static func train(_ examples: [Example], threshold: Double = 0.3) -> MeasureTagger {
        var samples: [([String], Int)] = []
        for example in examples {
            for candidate in NumberCandidate.all(pages: example.pages, kind: example.kind) {
                let label = fields.firstIndex { field in
                    guard let truth = example.values[field] else { return false }
                    return abs(candidate.value(for: field) - truth) <= max(1e-6, abs(truth) * 1e-6)
                } ?? fields.count
                samples.append((candidate.features, label))
            }
        }
        return MeasureTagger(model: TaggerModel.fit(samples, classes: fields.count + 1, threshold: threshold, learningRate: 0.2, scale: Self.scale))
    }

    /// A number the tagger gives a field, with its probability and where it stands.
    public struct Answer: Sendable, Hashable {
        public let field: DocumentField
        public let value: Double
        public let written: String
        public let probability: Double
        public let page: Int
        public let evidence: String
    }

    /// The most probable plausible number per field, when it reaches the threshold; one number
    /// answers one field.
    public func answers(pages: [String], kind: DocumentKind?) -> [DocumentField: Answer] {
        answers(lines: pages.map(DelimitedText.lines(of:)), kind: kind)
    }

    func answers(lines: [[String]], kind: DocumentKind?) -> [DocumentField: Answer] {
        var best: [DocumentField: (answer: Answer, candidate: Int)] = [:]
        for (position, candidate) in NumberCandidate.all(lines: lines, kind: kind).enumerated() where !candidate.namesOtherMeasure {
            let probabilities = model.probabilities(candidate.features)
            for (k, field) in Self.fields.enumerated() {
                let p = Double(probabilities[k])
                let value = candidate.value(for: field)
                guard p >= threshold, p > (best[field]?.answer.probability ?? 0), Self.plausible(value, for: field) else { continue }
                best[field] = (Answer(field: field, value: value, written: candidate.written, probability: p, page: candidate.page, evidence: candidate.evidence), position)
            }
        }
        // A number counts for the field it is likeliest to be.
        var answers: [DocumentField: Answer] = [:]
        for (field, entry) in best {
            let rivals = best.filter { $0.key != field && $0.value.candidate == entry.candidate }
            if rivals.allSatisfy({ $0.value.answer.probability < entry.answer.probability }) { answers[field] = entry.answer }
        }
        return answers
    }

    /// The range a field's value can take (a GRZ is at most 1, a height is metres, not centimetres).
    static func plausible(_ value: Double, for field: DocumentField) -> Bool {
        switch field {
        case .hoehe: value > 2 && value < 250
        case .bgf: value >= 10
        case .grundstuecksflaeche: value >= 20
        case .grz: value > 0 && value <= 1
        case .gfz: value > 0 && value <= 10
        case .baukosten: value >= 1000
        default: false
        }
    }
}
