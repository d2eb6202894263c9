// Which department or agency should answer a topic: keyword rules a tenant can edit (JSON), matched
// on word stems against a cluster's keywords and members. The matched words are given as reasons.
import Foundation

public struct RoutingRules: Codable, Sendable {
    public struct Rule: Codable, Sendable {
        public var department: String
        public var keywords: [String]

        public init(department: String, keywords: [String]) {
            self.department = department
            self.keywords = keywords
        }
    }

    public struct Suggestion: Codable, Sendable, Hashable {
        public var department: String
        public var score: Double
        public var matched: [String]
    }

    public var rules: [Rule]

    public init(rules: [Rule]) { self.rules = rules }

    public static func load(_ data: Data) throws -> RoutingRules {
        let rules = try JSONDecoder().decode(RoutingRules.self, from: data)
        guard !rules.rules.isEmpty, rules.rules.count <= 200, rules.rules.allSatisfy({ !$0.department.isEmpty && !$0.keywords.isEmpty && $0.keywords.count <= 200 }) else {
            throw CommentAnalysisError.invalid("Die Zuständigkeitsregeln brauchen je Regel eine Stelle und 1 bis 200 Stichwörter (höchstens 200 Regeln).")
        }
        return rules
    }

    /// Up to two departments for a topic, from (at most 2,000 of) its distinct statements.
    public func suggest(texts: [String]) -> [Suggestion] {
        let sample = texts.prefix(2_000)
        var termCounts: [String: Int] = [:]
        for text in sample {
            for term in Set(TopicClusterer.terms(text)) { termCounts[term, default: 0] += 1 }
        }
        return suggest(termCounts: termCounts, statements: sample.count)
    }

    /// Up to two departments, ranked by how often their keywords occur in the cluster's statements.
    public func suggest(termCounts: [String: Int], statements: Int) -> [Suggestion] {
        let scored = rules.compactMap { rule -> Suggestion? in
            var score = 0.0
            var matched: [String] = []
            for keyword in rule.keywords {
                let stems = TopicClusterer.terms(keyword)
                guard !stems.isEmpty else { continue }
                let count = stems.map { termCounts[$0] ?? 0 }.min() ?? 0
                if count > 0 {
                    score += Double(count) / Double(max(1, statements))
                    matched.append(keyword)
                }
            }
            return score >= 0.1 ? Suggestion(department: rule.department, score: (score * 100).rounded() / 100, matched: matched) : nil
        }
        return Array(scored.sorted { $0.score > $1.score }.prefix(2))
    }
}
