// Agreement between a clustering and reference labels: adjusted Rand index, normalised mutual
// information (arithmetic mean normalisation, as scikit-learn's default), and pair precision and
// recall (pairs placed together that belong together, and the reverse).
import Foundation

public enum ClusteringMetrics {
    static func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }

    static func contingency<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> (cells: [Int], rows: [Int], columns: [Int]) {
        var cells: [String: Int] = [:], rows: [A: Int] = [:], columns: [B: Int] = [:]
        for (a, b) in zip(truth, predicted) {
            cells["\(a)|\(b)", default: 0] += 1
            rows[a, default: 0] += 1
            columns[b, default: 0] += 1
        }
        return (Array(cells.values), Array(rows.values), Array(columns.values))
    }

    public static func adjustedRandIndex<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
        let (cells, rows, columns) = contingency(truth, predicted)
        let index = cells.reduce(0) { $0 + pairs($1) }
        let a = rows.reduce(0) { $0 + pairs($1) }, b = columns.reduce(0) { $0 + pairs($1) }
        let expected = a * b / pairs(truth.count)
        let maximum = (a + b) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }

    public static func normalizedMutualInformation<A: Hashable, B: Hashable>(_ truth: [A], _ predicted: [B]) -> Double {
        let n = Double(truth.count)
        var joint: [String: Double] = [:], rows: [A: Double] = [:], columns: [B: Double] = [:]
        var pairsSeen: [String: (A, B)] = [:]
        for (a, b) in zip(truth, predicted) {
            let key = "\(a)|\(b)"
            joint[key, default: 0] += 1
            pairsSeen[key] = (a, b)
            rows[a, default: 0] += 1
            columns[b, default: 0] += 1
        }
        var mutual = 0.0
        for (key, count) in joint {
            let (a, b) = pairsSeen[key]!
            mutual += count / n * log(count * n / (rows[a]! * columns[b]!))
        }
        let entropy = { (counts: [Double]) in -counts.reduce(0.0) { $0 + $1 / n * log($1 / n) } }
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
