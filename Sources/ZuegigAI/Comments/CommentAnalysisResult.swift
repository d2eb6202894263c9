// The result of analysing the statements of a participation (schema in docs/comments.md): form
// letters and near duplicates with their shared text and individual additions, topics with keywords,
// summary, quotes, stance counts and the suggested department, and every statement anonymised.
public struct CommentAnalysisResult: Codable, Sendable {
    public struct Totals: Codable, Sendable {
        public var statements: Int
        public var distinct: Int
        public var duplicateGroups: Int
        public var inDuplicateGroups: Int
        public var clusters: Int
        public var withPersonalData: Int
    }

    public struct Addition: Codable, Sendable {
        public var id: String
        public var sentences: [String]
    }

    public struct DuplicateGroup: Codable, Sendable {
        public var id: String
        public var size: Int
        public var leader: String
        public var members: [String]
        /// Sentences of the leader found in at least half of the members (anonymised).
        public var sharedText: [String]
        /// Per member, its sentences not in the leader's letter (anonymised); members without any are left out.
        public var additions: [Addition]
    }

    public struct Quote: Codable, Sendable {
        public var id: String
        public var text: String
    }

    public struct Cluster: Codable, Sendable {
        public var id: Int
        /// Statements in the topic, counting every member of a duplicate group.
        public var size: Int
        /// Distinct statements (duplicate groups counted once).
        public var distinct: Int
        public var keywords: [String]
        public var summary: [String]
        public var quotes: [Quote]
        public var stance: [String: Int]
        public var departments: [RoutingRules.Suggestion]
        public var members: [String]
    }

    public struct Statement: Codable, Sendable {
        public var id: String
        public var cluster: Int
        public var duplicateGroup: String?
        public var stance: Stance
        public var stanceCues: [String]
    }

    public struct Anonymized: Codable, Sendable {
        public var id: String
        public var text: String
        public var personalData: [PersonalDataSpan]
    }

    public var totals: Totals
    public var duplicateGroups: [DuplicateGroup]
    public var clusters: [Cluster]
    public var statements: [Statement]
    public var anonymized: [Anonymized]
    /// Mean silhouette per number of topics tried, when the number was chosen automatically.
    public var silhouettes: [String: Double]?
}
