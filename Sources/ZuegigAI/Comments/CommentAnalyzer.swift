// The analysis pipeline for the statements of a participation: personal data found and masked,
// form letters and near duplicates grouped (DuplicateGrouper), distinct statements clustered into
// topics (TopicClusterer) with keywords, an extractive summary and representative quotes, stance by
// rules, and the department suggested by the tenant's routing rules. Everything shown for a topic or
// a group is taken from the anonymised texts.
import Foundation

public struct CommentAnalyzer: Sendable {
    public struct Input: Codable, Sendable {
        public var id: String
        public var text: String
        public init(id: String, text: String) { self.id = id; self.text = text }
    }

    public static let maxStatements = 500_000
    public static let maxTextLength = 100_000

    public var clusters: Int?
    public var routing: RoutingRules
    public var seed: UInt64 = 47
    public var duplicateOptions = DuplicateGrouper.Options()
    /// Receives "phase: seconds" lines (for benchmarks).
    public var trace: (@Sendable (String) -> Void)?

    public init(clusters: Int? = nil, routing: RoutingRules) {
        self.clusters = clusters
        self.routing = routing
    }

    public static func validate(_ inputs: [Input]) throws(CommentAnalysisError) {
        guard !inputs.isEmpty else { throw .invalid("Es wurden keine Stellungnahmen übergeben.") }
        guard inputs.count <= maxStatements else { throw .invalid("Höchstens \(maxStatements) Stellungnahmen je Auswertung.") }
        var seen: Set<String> = []
        for input in inputs {
            guard !input.id.isEmpty, input.id.count <= 200 else { throw .invalid("Jede Stellungnahme braucht eine Kennung (bis 200 Zeichen).") }
            guard seen.insert(input.id).inserted else { throw .invalid("Die Kennung „\(input.id)“ kommt mehrfach vor.") }
            guard input.text.utf16.count <= maxTextLength else { throw .invalid("Stellungnahme „\(input.id)“ ist länger als \(maxTextLength) Zeichen.") }
        }
    }

    public func analyze(_ inputs: [Input]) throws(CommentAnalysisError) -> CommentAnalysisResult {
        try Self.validate(inputs)
        if let clusters, !(1...200).contains(clusters) { throw .invalid("Die Zahl der Themen muss zwischen 1 und 200 liegen.") }
        var clock = Date()
        func lap(_ phase: String) {
            trace?("\(phase): \(String(format: "%.2f", Date().timeIntervalSince(clock))) s")
            clock = Date()
        }
        let stanceRules = StanceRules()
        // Per statement, in parallel: personal data, the anonymised text, stance. One detector per
        // chunk: threads sharing one NSRegularExpression wait for each other.
        let perStatement = ParallelMap.map(inputs, perChunk: {
            let detector = PersonalDataDetector()
            return { input -> (CommentAnalysisResult.Anonymized, StanceRules.Decision) in
                let spans = detector.detect(input.text)
                return (.init(id: input.id, text: PersonalDataDetector.anonymize(input.text, spans: spans), personalData: spans), stanceRules.decide(input.text))
            }
        })
        let anonymized = perStatement.map(\.0)
        let texts = anonymized.map(\.text)
        lap("personal data and stance")

        // Duplicates on the anonymised texts: different signatures and addresses do not matter.
        let (groupOf, leaders) = DuplicateGrouper.group(texts, options: duplicateOptions)
        var members: [Int: [Int]] = [:]
        for (index, leader) in groupOf.enumerated() { members[leader, default: []].append(index) }
        lap("duplicates")

        // Topics over the distinct statements (one per group, its leader).
        let terms = ParallelMap.map(leaders) { TopicClusterer.terms(texts[$0]) }
        var clusterer = TopicClusterer()
        clusterer.seed = seed
        let topics = clusterer.cluster(terms, k: clusters)
        var clusterOfLeader: [Int: Int] = [:]
        for (position, leader) in leaders.enumerated() { clusterOfLeader[leader] = topics.assignment[position] }
        lap("topics")

        let groupID: (Int) -> String = { "g\($0 + 1)" }
        var duplicateGroups: [CommentAnalysisResult.DuplicateGroup] = []
        for leader in leaders {
            guard let group = members[leader], group.count >= 2 else { continue }
            let (shared, additions) = Self.sharedText(leader: leader, members: group, texts: texts)
            duplicateGroups.append(.init(id: groupID(leader), size: group.count, leader: inputs[leader].id, members: group.map { inputs[$0].id },
                                         sharedText: shared, additions: additions.map { .init(id: inputs[$0.0].id, sentences: $0.1) }))
        }
        duplicateGroups.sort { ($0.size, $1.id) > ($1.size, $0.id) }

        let statements = inputs.indices.map { index in
            let leader = groupOf[index]
            return CommentAnalysisResult.Statement(
                id: inputs[index].id, cluster: (clusterOfLeader[leader] ?? 0) + 1,
                duplicateGroup: (members[leader]?.count ?? 0) >= 2 ? groupID(leader) : nil,
                stance: perStatement[index].1.stance, stanceCues: perStatement[index].1.cues
            )
        }
        lap("shared text")
        let clusterList = describe(topics: topics, leaders: leaders, members: members, texts: texts, inputs: inputs, statements: statements)
        lap("cluster descriptions")
        return CommentAnalysisResult(
            totals: .init(statements: inputs.count, distinct: leaders.count, duplicateGroups: duplicateGroups.count,
                          inDuplicateGroups: duplicateGroups.reduce(0) { $0 + $1.size }, clusters: clusterList.count,
                          withPersonalData: anonymized.filter { !$0.personalData.isEmpty }.count),
            duplicateGroups: duplicateGroups, clusters: clusterList, statements: statements, anonymized: anonymized,
            silhouettes: topics.silhouettes.isEmpty ? nil : Dictionary(uniqueKeysWithValues: topics.silhouettes.map { (String($0.key), ($0.value * 1000).rounded() / 1000) })
        )
    }

    /// The leader's sentences found in at least half of the members, and each member's own sentences.
    /// Form letters repeat their sentences word for word, so each distinct sentence is matched once.
    public static func sharedText(leader: Int, members: [Int], texts: [String]) -> (shared: [String], additions: [(Int, [String])]) {
        let leaderSentences = Shingles.sentences(texts[leader]).filter { GermanText.words($0).count >= 4 }
        let leaderWords = leaderSentences.map { wordSet($0) }
        var counts = [Int](repeating: 0, count: leaderSentences.count)
        var additions: [(Int, [String])] = []
        /// Per distinct sentence: nil when it has fewer than four words, else the matching leader sentence (-1 for none).
        var known: [String: Int?] = [:]
        for member in members {
            var own: [String] = []
            var matched = Set<Int>()
            for sentence in Shingles.sentences(texts[member]) {
                let match: Int?
                if let cached = known[sentence] {
                    match = cached
                } else {
                    let words = wordSet(sentence)
                    match = words.count < 4 ? nil : (leaderWords.indices.first { wordJaccard(words, leaderWords[$0]) >= 0.6 } ?? -1)
                    known[sentence] = match
                }
                guard let match else { continue }
                if match >= 0 { matched.insert(match) } else { own.append(sentence) }
            }
            for match in matched { counts[match] += 1 }
            if !own.isEmpty, member != leader { additions.append((member, own)) }
        }
        let shared = leaderSentences.indices.filter { counts[$0] * 2 >= members.count }.map { leaderSentences[$0] }
        return (shared, additions)
    }

    /// The distinct words of a sentence as sorted hashes.
    static func wordSet(_ sentence: String) -> [UInt64] {
        var hashes = GermanText.words(sentence).map(Shingles.hash)
        hashes.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(hashes.count)
        for hash in hashes where unique.last != hash { unique.append(hash) }
        return unique
    }

    static func wordJaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        let common = Shingles.intersection(a, b)
        return Double(common) / Double(max(1, a.count + b.count - common))
    }

    func describe(topics: TopicClusterer.Result, leaders: [Int], members: [Int: [Int]], texts: [String], inputs: [Input],
                  statements: [CommentAnalysisResult.Statement]) -> [CommentAnalysisResult.Cluster] {
        let k = topics.centroids.count
        var positionsByCluster = [[Int]](repeating: [], count: k)
        for (position, cluster) in topics.assignment.enumerated() { positionsByCluster[cluster].append(position) }
        // The surface word shown for a stem: its most frequent spelling.
        var spellings: [String: [String: Int]] = [:]
        for leader in leaders.prefix(3_000) {
            for word in texts[leader].split(whereSeparator: { !$0.isLetter }) where word.count > 2 {
                let folded = GermanText.words(String(word))
                guard folded.count == 1 else { continue }
                spellings[GermanStemmer.stem(folded[0]), default: [:]][String(word), default: 0] += 1
            }
        }
        let vocabulary = topics.vectorizer.vocabulary
        let mean = (0..<topics.vectorizer.dimension).map { t in topics.centroids.reduce(Float(0)) { $0 + $1[t] } / Float(k) }
        return (0..<k).compactMap { c -> CommentAnalysisResult.Cluster? in
            let positions = positionsByCluster[c]
            guard !positions.isEmpty else { return nil }
            let centroid = topics.centroids[c]
            let keywordIndices = centroid.indices.sorted { centroid[$0] - mean[$0] > centroid[$1] - mean[$1] }.prefix(8)
            let keywords = keywordIndices.filter { centroid[$0] > 0 }.map { index -> String in
                let stem = vocabulary[index]
                return spellings[stem]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? stem
            }
            let ranked = centroid.withUnsafeBufferPointer { buffer in
                positions.map { ($0, TopicClusterer.dot(topics.vectors[$0], buffer)) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            }
            let quotes = ranked.prefix(3).map { CommentAnalysisResult.Quote(id: inputs[leaders[$0.0]].id, text: Self.excerpt(texts[leaders[$0.0]])) }
            let summary = self.summary(centroid: centroid, candidates: ranked.prefix(60).map { leaders[$0.0] }, texts: texts, vectorizer: topics.vectorizer)
            let allMembers = positions.flatMap { members[leaders[$0]] ?? [leaders[$0]] }.sorted()
            var stance: [String: Int] = [:]
            for index in allMembers { stance[statements[index].stance.rawValue, default: 0] += 1 }
            return CommentAnalysisResult.Cluster(
                id: c + 1, size: allMembers.count, distinct: positions.count, keywords: keywords, summary: summary, quotes: quotes, stance: stance,
                departments: routing.suggest(texts: positions.prefix(2_000).map { texts[leaders[$0]] }), members: allMembers.map { inputs[$0].id }
            )
        }
    }

    /// Three sentences close to the topic's centre and different from each other (maximal marginal relevance).
    func summary(centroid: [Float], candidates: [Int], texts: [String], vectorizer: TfIdfVectorizer) -> [String] {
        var pool: [(text: String, vector: SparseVector, relevance: Float)] = []
        var seen: Set<String> = []
        for index in candidates {
            for sentence in Shingles.sentences(texts[index]) {
                let words = GermanText.words(sentence).count
                guard (6...45).contains(words), !sentence.contains("["), seen.insert(GermanText.comparisonKey(sentence)).inserted else { continue }
                let vector = vectorizer.transform(TopicClusterer.terms(sentence))
                let relevance = centroid.withUnsafeBufferPointer { TopicClusterer.dot(vector, $0) }
                pool.append((sentence, vector, relevance))
            }
        }
        var chosen: [(text: String, vector: SparseVector, relevance: Float)] = []
        while chosen.count < 3, !pool.isEmpty {
            let scores = pool.map { candidate in
                0.7 * candidate.relevance - 0.3 * (chosen.map { TopicClusterer.dot(candidate.vector, $0.vector) }.max() ?? 0)
            }
            let best = scores.indices.max { (scores[$0], $1) < (scores[$1], $0) }!
            chosen.append(pool.remove(at: best))
        }
        return chosen.map(\.text)
    }

    static func excerpt(_ text: String, limit: Int = 280) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + " …"
    }
}
