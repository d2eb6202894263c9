// Migration 008: project data on cases (description, parcel, building class, cost) and the Land of an authority.
// One column per statement: SQLite adds only one column per ALTER TABLE.
import FluentKit
import SQLKit

struct M008ExtendCasesAndAuthorities: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let emptyText = DatabaseSchema.FieldConstraint.custom(SQLColumnConstraintAlgorithm.default(""))
        try await database.schema(CaseModel.schema).field("description", .string, .required, emptyText).update()
        try await database.schema(CaseModel.schema).field("parcel", .string, .required, emptyText).update()
        try await database.schema(CaseModel.schema).field("building_class", .int).update()
        try await database.schema(CaseModel.schema).field("declared_cost_cents", .int64).update()
        try await database.schema(AuthorityModel.schema)
            .field("land", .string, .required, .custom(SQLColumnConstraintAlgorithm.default("BE"))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuthorityModel.schema).deleteField("land").update()
        for field in ["description", "parcel", "building_class", "declared_cost_cents"] {
            try await database.schema(CaseModel.schema).deleteField(.string(field)).update()
        }
    }
}
