// A learnt reader of who is who: softmax regression over the context of every name in a document
// (`NameCandidate`), trained on the labelled corpus by `zuegig documents train` and stored in the
// document model. It answers Bauherr/in and Entwurfsverfasser/in where no label names them, e.g. a
// name in the title block of a plan, a signature without role, an office's letterhead.
import Foundation
import ZuegigDomain

public struct NameTagger: Sendable, Codable {
    /// The classes in the order of the regression's outputs; the last is "someone else".
    public static let fields: [DocumentField] = [.bauherr, .architekt]
    let model: TaggerModel
    public var vocabulary: [String] { model.vocabulary }
    /// An answer needs at least this probability.
    public var threshold: Double { model.threshold }

    public init(from decoder: any Decoder) throws {
        model = try TaggerModel(from: decoder).requiring(classes: Self.fields.count + 1)
    }

    public func encode(to encoder: any Encoder) throws {
        try model.encode(to: encoder)
    }

    init(model: TaggerModel) {
        self.model = model
    }

    /// One labelled document for training, with the true names.
    public typealias Example = TaggerExample<String>

    /// Trains on every name candidate of the examples: the class of a candidate is the field whose
    /// true value it is, else "someone else". Features seen in fewer than two candidates are dropped.
    /// Binary features, a small learning rate and a threshold of 0.3 found more names at the same
    /// precision than unit-length vectors and 0.5 (second-wave authors with a first-wave model:
    /// Bauherr/in 131 -> 136 of 150, Entwurfsverfasser/in 122 -> 124 of 138).
    public static func train(_ examples: [Example], threshold: Double = 0.3) -> NameTagger {
        var samples: [([String], Int)] = []
        for example in examples {
            let keys = example.values.mapValues(GermanText.comparisonKey)
            for candidate in NameCandidate.all(pages: example.pages, kind: example.kind) {
                let key = GermanText.comparisonKey(candidate.name)
                let label = fields.firstIndex { keys[$0] == key } ?? fields.count
                samples.append((candidate.features, label))
            }
        }
        return NameTagger(model: TaggerModel.fit(samples, classes: fields.count + 1, threshold: threshold, learningRate: 0.2, scale: 1))
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
        answers(lines: pages.map(DelimitedText.lines(of:)), kind: kind)
    }

    func answers(lines: [[String]], kind: DocumentKind?) -> [DocumentField: Answer] {
        var best: [DocumentField: Answer] = [:]
        for candidate in NameCandidate.all(lines: lines, kind: kind) {
            let probabilities = model.probabilities(candidate.features)
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
