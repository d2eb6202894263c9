// Topics of distinct statements: TF-IDF over German word stems (stop words out, terms in fewer than
// two or more than half of the statements out), spherical k-means with k-means++ seeding (best of
// several seeded restarts), and the number of topics chosen by the mean silhouette on a sample when
// not given. Deterministic for a given seed.
import Foundation

public struct TopicClusterer: Sendable {
    public struct Result: Sendable {
        public var assignment: [Int]
        public var centroids: [[Float]]
        public var vectorizer: TfIdfVectorizer
        public var vectors: [SparseVector]
        /// Silhouette per k tried (empty when k was given).
        public var silhouettes: [Int: Double]
    }

    public var seed: UInt64 = 47
    public var restarts = 3
    public var maxIterations = 40
    public var kRange = 4...16
    public var sampleSize = 1_200

    public init() {}

    public static func terms(_ text: String) -> [String] {
        GermanText.words(text).filter { $0.count > 2 && !GermanText.stopWords.contains($0) && !Shingles.formula.contains($0) }.map(GermanStemmer.stem)
    }

    public func cluster(_ documents: [[String]], k requested: Int?) -> Result {
        // Terms in more than half of the statements (the plan's name, "Bebauungsplan") say nothing about a topic.
        let vectorizer = TfIdfVectorizer.fit(documents, minimumDocuments: 2, maximumDocuments: max(2, documents.count / 2))
        let vectors = ParallelMap.map(documents) { vectorizer.transform($0) }
        let dimension = vectorizer.dimension
        guard vectors.count >= 2, dimension > 0 else {
            return Result(assignment: vectors.map { _ in 0 }, centroids: [[Float](repeating: 0, count: dimension)], vectorizer: vectorizer, vectors: vectors, silhouettes: [:])
        }
        var silhouettes: [Int: Double] = [:]
        let k: Int
        if let requested {
            k = max(1, min(requested, vectors.count))
        } else {
            var random = SplitMix64(seed: seed ^ 0xabc)
            let sample = vectors.count <= sampleSize ? Array(vectors.indices) : (0..<sampleSize).map { _ in random.below(vectors.count) }
            let sampled = sample.map { vectors[$0] }
            let upper = min(kRange.upperBound, max(2, sampled.count / 8))
            let lower = min(kRange.lowerBound, upper)
            let distances = Self.distances(sampled)
            var best = (k: lower, score: -2.0)
            for candidate in lower...upper {
                let run = kMeans(sampled, k: candidate, dimension: dimension)
                let score = Self.silhouette(distances, run.assignment, k: candidate)
                silhouettes[candidate] = score
                if score > best.score + 1e-9 { best = (candidate, score) }
            }
            k = best.k
        }
        let run = kMeans(vectors, k: k, dimension: dimension)
        return Result(assignment: run.assignment, centroids: run.centroids, vectorizer: vectorizer, vectors: vectors, silhouettes: silhouettes)
    }

    @inline(__always)
    static func dot(_ v: SparseVector, _ centroid: UnsafeBufferPointer<Float>) -> Float {
        var sum: Float = 0
        for (i, index) in v.indices.enumerated() { sum += v.values[i] * centroid[Int(index)] }
        return sum
    }

    static func dot(_ a: SparseVector, _ b: SparseVector) -> Float {
        var i = 0, j = 0
        var sum: Float = 0
        while i < a.indices.count, j < b.indices.count {
            if a.indices[i] == b.indices[j] { sum += a.values[i] * b.values[j]; i += 1; j += 1 } else if a.indices[i] < b.indices[j] { i += 1 } else { j += 1 }
        }
        return sum
    }

    func kMeans(_ vectors: [SparseVector], k: Int, dimension: Int) -> (assignment: [Int], centroids: [[Float]]) {
        var best: (assignment: [Int], centroids: [[Float]], objective: Float)?
        for restart in 0..<restarts {
            var random = SplitMix64(seed: seed &+ UInt64(restart) &* 0x9e37_79b9)
            var centroids = seeds(vectors, k: k, dimension: dimension, random: &random)
            var assignment = [Int](repeating: -1, count: vectors.count)
            var objective: Float = 0
            for _ in 0..<maxIterations {
                let flat = centroids
                let scored = ParallelMap.map(Array(vectors.indices), chunk: 2048) { index -> (Int, Float) in
                    var bestCluster = 0
                    var bestScore: Float = -1
                    for c in 0..<flat.count {
                        let score = flat[c].withUnsafeBufferPointer { Self.dot(vectors[index], $0) }
                        if score > bestScore { bestScore = score; bestCluster = c }
                    }
                    return (bestCluster, bestScore)
                }
                let next = scored.map(\.0)
                objective = scored.reduce(0) { $0 + $1.1 }
                let changed = next != assignment
                assignment = next
                centroids = Self.centroids(vectors, assignment, k: k, dimension: dimension, previous: centroids)
                if !changed { break }
            }
            if objective > (best?.objective ?? -.infinity) { best = (assignment, centroids, objective) }
        }
        return (best!.assignment, best!.centroids)
    }

    /// k-means++: each next seed drawn with probability proportional to its distance to the nearest seed.
    func seeds(_ vectors: [SparseVector], k: Int, dimension: Int, random: inout SplitMix64) -> [[Float]] {
        var chosen = [random.below(vectors.count)]
        var distance = vectors.map { max(0, 1 - Self.dot($0, vectors[chosen[0]])) }
        while chosen.count < k {
            let total = distance.reduce(0, +)
            guard total > 0 else { break }
            var target = Float(random.unit()) * total
            var pick = vectors.count - 1
            for (index, d) in distance.enumerated() {
                target -= d
                if target <= 0 { pick = index; break }
            }
            chosen.append(pick)
            for index in vectors.indices { distance[index] = min(distance[index], max(0, 1 - Self.dot(vectors[index], vectors[pick]))) }
        }
        return chosen.map { index in
            var centroid = [Float](repeating: 0, count: dimension)
            for (i, term) in vectors[index].indices.enumerated() { centroid[Int(term)] = vectors[index].values[i] }
            return centroid
        }
    }

    static func centroids(_ vectors: [SparseVector], _ assignment: [Int], k: Int, dimension: Int, previous: [[Float]]) -> [[Float]] {
        var sums = [[Float]](repeating: [Float](repeating: 0, count: dimension), count: previous.count)
        for (index, cluster) in assignment.enumerated() {
            for (i, term) in vectors[index].indices.enumerated() { sums[cluster][Int(term)] += vectors[index].values[i] }
        }
        return sums.enumerated().map { c, sum in
            let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return norm > 0 ? sum.map { $0 / norm } : previous[c]
        }
    }

    /// Cosine distances between all pairs of a sample (row-major), computed once for every k tried.
    static func distances(_ vectors: [SparseVector]) -> [Float] {
        let n = vectors.count
        let rows = ParallelMap.map(Array(0..<n), chunk: 32) { i in (0..<n).map { j in i == j ? 0 : 1 - dot(vectors[i], vectors[j]) } }
        return rows.flatMap { $0 }
    }

    /// Mean silhouette with cosine distance.
    static func silhouette(_ distances: [Float], _ assignment: [Int], k: Int) -> Double {
        let n = assignment.count
        let scores = ParallelMap.map(Array(0..<n), chunk: 64) { i -> Double in
            var sums = [Double](repeating: 0, count: k), counts = [Int](repeating: 0, count: k)
            for j in 0..<n where j != i {
                sums[assignment[j]] += Double(distances[i * n + j])
                counts[assignment[j]] += 1
            }
            let own = assignment[i]
            guard counts[own] > 0 else { return 0 }
            let a = sums[own] / Double(counts[own])
            let b = (0..<k).filter { $0 != own && counts[$0] > 0 }.map { sums[$0] / Double(counts[$0]) }.min() ?? a
            return max(a, b) > 0 ? (b - a) / max(a, b) : 0
        }
        return scores.reduce(0, +) / Double(max(1, n))
    }
}
