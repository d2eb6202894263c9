// A topic cluster of a participation's statements as the analysis described it (keywords, summary,
// quotes and suggested departments, all from anonymised text), with the answer given to the whole
// cluster in the weighing table. JSON columns hold arrays.
import FluentKit
import Foundation

public final class StatementClusterModel: Model, TenantOwned, @unchecked Sendable {
    public static let schema = "statement_clusters"
    public static var tenantField: KeyPath<StatementClusterModel, FieldProperty<StatementClusterModel, UUID>> { \.$authorityID }

    @ID(key: .id) public var id: UUID?
    @Field(key: "authority_id") public var authorityID: UUID
    @Field(key: "participation_id") public var participationID: UUID
    /// 1-based, stable once the weighing has begun.
    @Field(key: "number") public var number: Int
    @Field(key: "keywords") public var keywords: String
    @Field(key: "summary") public var summary: String
    @Field(key: "quotes") public var quotes: String
    @Field(key: "departments") public var departments: String
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "decision") public var decision: String?
    @OptionalField(key: "answered_by") public var answeredBy: UUID?
    @OptionalField(key: "answered_at") public var answeredAt: Date?

    public init() {}

    public init(authorityID: UUID, participationID: UUID, number: Int, keywords: String, summary: String, quotes: String, departments: String) {
        self.authorityID = authorityID
        self.participationID = participationID
        self.number = number
        self.keywords = keywords
        self.summary = summary
        self.quotes = quotes
        self.departments = departments
    }
}
