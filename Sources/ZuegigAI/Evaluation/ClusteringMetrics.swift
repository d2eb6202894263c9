// Agreement between a clustering and reference labels: adjusted Rand index, normalised mutual
// information (arithmetic mean normalisation, as scikit-learn's default), and pair precision and
// recall (pairs placed together that belong together, and the reverse).
import Foundation

public enum ClusteringMetrics {
    static func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }

    struct Cell<A: Hashable, B: Hashable>: Hashable {
        let a: A
        let b: B
    }

    static func contingency<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> (cells: [Cell<A, B>: Int], rows: [A: Int], columns: [B: Int]) {
        var cells: [Cell<A, B>: Int] = [:], rows: [A: Int] = [:], columns: [B: Int] = [:]
        for (a, b) in zip(truth, predicted) {
            cells[Cell(a: a, b: b), default: 0] += 1
            rows[a, default: 0] += 1
            columns[b, default: 0] += 1
        }
        return (cells, rows, columns)
    }

    public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
        let (cells, rows, columns) = contingency(truth, predicted)
        let index = cells.values.reduce(0) { $0 + pairs($1) }
        let a = rows.values.reduce(0) { $0 + pairs($1) }, b = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = a * b / pairs(truth.count)
        let maximum = (a + b) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }

    public static func normalizedMutualInformation<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
        let n = Double(truth.count)
        let (cells, rows, columns) = contingency(truth, predicted)
        var mutual = 0.0
        for (cell, count) in cells {
            let c = Double(count)
            mutual += c / n * log(c * n / (Double(rows[cell.a]!) * Double(columns[cell.b]!)))
        }
        let entropy = { (counts: [Int]) in -counts.reduce(0.0) { $0 + Double($1) / n * log(Double($1) / n) } }
        let mean = (entropy(Array(rows.values)) + entropy(Array(columns.values))) / 2
        return mean == 0 ? 1 : mutual / mean
    }

    /// Pair precision and recall of grouping: items with a nil reference are singletons.
    public static func pairPrecisionRecall(truth: [String?], predicted: [String?]) -> (precision: Double, recall: Double, truePairs: Int, predictedPairs: Int) {
        func groups(_ labels: [String?]) -> [String: [Int]] {
            var result: [String: [Int]] = [:]
            for (index, label) in labels.enumerated() { if let label { result[label, default: []].append(index) } }
            return result
        }
        let truthGroups = groups(truth), predictedGroups = groups(predicted)
        var truePairs = 0, predictedPairs = 0, correct = 0
        for members in truthGroups.values { truePairs += members.count * (members.count - 1) / 2 }
        for members in predictedGroups.values {
            predictedPairs += members.count * (members.count - 1) / 2
            var byTruth: [String: Int] = [:]
            for index in members { if let label = truth[index] { byTruth[label, default: 0] += 1 } }
            correct += byTruth.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        return (predictedPairs == 0 ? 1 : Double(correct) / Double(predictedPairs), truePairs == 0 ? 1 : Double(correct) / Double(truePairs), truePairs, predictedPairs)
    }
}
