// Multinomial logistic regression (softmax) over sparse vectors, trained by mini-batch SGD with
// L2 regularisation. Deterministic for a seed. Weights are stored class-major.
import Foundation

public struct SoftmaxRegression: Sendable, Codable {
    public let classes: Int
    public let dimension: Int
    /// classes x dimension, row-major.
    public private(set) var weights: [Float]
    public private(set) var bias: [Float]

    public struct Options: Sendable, Codable, Hashable {
        public var epochs = 80
        public var learningRate: Float = 4
        public var l2: Float = 2e-5
        public var batchSize = 8
        public var seed: UInt64 = 42

        public init() {}
    }

    public init(classes: Int, dimension: Int) {
        self.classes = classes
        self.dimension = dimension
        weights = Array(repeating: 0, count: classes * dimension)
        bias = Array(repeating: 0, count: classes)
    }

    /// The same model with weights rounded to four decimals (a smaller model file, same answers
    /// up to rounding).
    public func rounded() -> SoftmaxRegression {
        var copy = self
        copy.weights = weights.map { ($0 * 10_000).rounded() / 10_000 }
        copy.bias = bias.map { ($0 * 10_000).rounded() / 10_000 }
        return copy
    }

    /// Class probabilities for one vector.
    public func probabilities(_ x: SparseVector) -> [Float] {
        var scores = bias
        weights.withUnsafeBufferPointer { w in
            for (position, index) in x.indices.enumerated() {
                let value = x.values[position]
                let column = Int(index)
                for k in 0..<classes { scores[k] += w[k * dimension + column] * value }
            }
        }
        return Self.softmax(scores)
    }

    /// The weight of one term for one class (used to explain a decision).
    public func weight(class k: Int, term: Int) -> Float { weights[k * dimension + term] }

    public static func softmax(_ scores: [Float]) -> [Float] {
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return exps.map { $0 / sum }
    }

    public static func train(
        _ samples: [SparseVector], labels: [Int], classes: Int, dimension: Int, options: Options = Options()
    ) -> SoftmaxRegression {
        precondition(samples.count == labels.count)
        var model = SoftmaxRegression(classes: classes, dimension: dimension)
        guard !samples.isEmpty else { return model }
        var generator = SplitMix64(seed: options.seed)
        var order = Array(samples.indices)
        var gradient = Array(repeating: Float(0), count: classes * dimension)
        var touched = Set<Int32>()
        for epoch in 0..<options.epochs {
            order.shuffle(using: &generator)
            let rate = options.learningRate / (1 + Float(epoch) * 0.05)
            var start = 0
            while start < order.count {
                let batch = order[start..<min(order.count, start + options.batchSize)]
                start += options.batchSize
                var biasGradient = Array(repeating: Float(0), count: classes)
                touched.removeAll(keepingCapacity: true)
                for sample in batch {
                    let x = samples[sample]
                    var p = model.probabilities(x)
                    p[labels[sample]] -= 1
                    gradient.withUnsafeMutableBufferPointer { g in
                        for (position, index) in x.indices.enumerated() {
                            let value = x.values[position]
                            let column = Int(index)
                            touched.insert(index)
                            for k in 0..<classes { g[k * dimension + column] += p[k] * value }
                        }
                    }
                    for k in 0..<classes { biasGradient[k] += p[k] }
                }
                let scale = rate / Float(batch.count)
                // Shrinking every weight each step is the L2 penalty; done lazily per epoch below.
                model.weights.withUnsafeMutableBufferPointer { w in
                    gradient.withUnsafeMutableBufferPointer { g in
                        for index in touched {
                            let column = Int(index)
                            for k in 0..<classes {
                                w[k * dimension + column] -= scale * g[k * dimension + column]
                                g[k * dimension + column] = 0
                            }
                        }
                    }
                }
                for k in 0..<classes { model.bias[k] -= scale * biasGradient[k] }
            }
            let shrink = 1 - rate * options.l2 * Float(order.count)
            if shrink < 1 {
                let factor = max(0, shrink)
                model.weights.withUnsafeMutableBufferPointer { w in
                    for i in w.indices { w[i] *= factor }
                }
            }
        }
        return model
    }
}
