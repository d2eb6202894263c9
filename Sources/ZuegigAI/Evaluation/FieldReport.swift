// Precision and recall of field extraction against the labelled values (and how often the page
// is right as well).
import Foundation

public struct FieldReport: Sendable, Codable {
    public struct PerField: Sendable, Codable {
        public let field: DocumentField
        public var expected = 0
        public var extracted = 0
        public var correct = 0
        public var correctPage = 0

        public var precision: Double { extracted > 0 ? Double(correct) / Double(extracted) : 0 }
        public var recall: Double { expected > 0 ? Double(correct) / Double(expected) : 0 }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    public private(set) var perField: [PerField] = DocumentField.allCases.map { PerField(field: $0) }
    /// Misses and wrong values, for looking at (document id, field, expected, found).
    public private(set) var errors: [String] = []

    public init() {}

    public mutating func add(documentID: String, expected: [DocumentField: LabelledDocument.Expected], found: [ExtractedField]) {
        let foundByField = Dictionary(found.map { ($0.field, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, field) in DocumentField.allCases.enumerated() {
            let truth = expected[field]
            let answer = foundByField[field]
            if truth != nil { perField[index].expected += 1 }
            if answer != nil { perField[index].extracted += 1 }
            if let truth, let answer, Self.matches(answer, truth) {
                perField[index].correct += 1
                if answer.page == truth.page { perField[index].correctPage += 1 }
            } else if truth != nil || answer != nil {
                errors.append("\(documentID) \(field.rawValue): erwartet \(truth?.value ?? "–"), gefunden \(answer?.value ?? "–")")
            }
        }
    }

    public var micro: (precision: Double, recall: Double, f1: Double) {
        let expected = perField.map(\.expected).reduce(0, +)
        let extracted = perField.map(\.extracted).reduce(0, +)
        let correct = perField.map(\.correct).reduce(0, +)
        let precision = extracted > 0 ? Double(correct) / Double(extracted) : 0
        let recall = expected > 0 ? Double(correct) / Double(expected) : 0
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }

    static func matches(_ answer: ExtractedField, _ truth: LabelledDocument.Expected) -> Bool {
        if answer.field.isNumeric, let number = answer.number, let expected = Double(truth.value) {
            return abs(number - expected) <= max(1e-6, abs(expected) * 1e-6)
        }
        return GermanText.comparisonKey(answer.value) == GermanText.comparisonKey(truth.value)
    }
}
