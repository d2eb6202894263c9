// Incremental topics: once the weighing has begun, clusters stay as they are and a statement that
// arrives later joins the existing cluster whose centroid (mean TF-IDF vector of its members) is
// nearest. Each assignment carries its cosine similarity, so a weak match can be shown as such.
public enum TopicAssigner {
    public struct Assignment: Sendable, Hashable {
        public var cluster: Int
        public var similarity: Double
    }

    /// `clusters[i]` is the cluster of text i, or nil when it has none yet. Returns an assignment for every
    /// text without a cluster (nil when no cluster shares a term with it, or there are no clusters).
    public static func assign(texts: [String], clusters: [Int?]) -> [Int: Assignment?] {
        precondition(texts.count == clusters.count, "one cluster entry per text")
        let terms = ParallelMap.map(texts) { TopicClusterer.terms($0) }
        // No upper document-frequency bound here: the largest topic's own words may be in most texts.
        let vectorizer = TfIdfVectorizer.fit(terms, minimumDocuments: 2)
        let vectors = ParallelMap.map(terms) { vectorizer.transform($0) }
        let dimension = vectorizer.dimension
        var centroids: [Int: [Float]] = [:]
        for (index, cluster) in clusters.enumerated() {
            guard let cluster else { continue }
            var centroid = centroids[cluster] ?? [Float](repeating: 0, count: dimension)
            for (position, term) in vectors[index].indices.enumerated() { centroid[Int(term)] += vectors[index].values[position] }
            centroids[cluster] = centroid
        }
        for (cluster, centroid) in centroids {
            let norm = centroid.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { centroids[cluster] = centroid.map { $0 / norm } }
        }
        let ordered = centroids.keys.sorted()
        var result: [Int: Assignment?] = [:]
        for (index, cluster) in clusters.enumerated() where cluster == nil {
            var best: Assignment?
            for candidate in ordered {
                let similarity = centroids[candidate]!.withUnsafeBufferPointer { Double(TopicClusterer.dot(vectors[index], $0)) }
                if similarity > (best?.similarity ?? 0) { best = Assignment(cluster: candidate, similarity: similarity) }
            }
            result[index] = best
        }
        return result
    }
}
