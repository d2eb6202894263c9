// The single entry point for tenant-owned rows: every query it builds is filtered by the
// authority, so a row of another authority is simply not found (and answers 404).
import FluentKit
import Foundation

public struct TenantScope: Sendable {
    public let authorityID: UUID
    public let database: any Database

    public init(authorityID: UUID, database: any Database) {
        self.authorityID = authorityID
        self.database = database
    }

    public func query<M: TenantOwned>(_: M.Type) -> QueryBuilder<M> {
        M.query(on: database).filter(M.tenantField == authorityID)
    }

    public func find<M: TenantOwned>(_: M.Type, _ id: UUID) async throws -> M? {
        try await query(M.self).filter(\M._$id == id).first()
    }

    /// Creates `model` in this authority, whatever tenant it carried before.
    public func create<M: TenantOwned>(_ model: M) async throws {
        model[keyPath: M.tenantField].value = authorityID
        try await model.create(on: database)
    }

    /// The same scope bound to another database handle, e.g. inside a transaction.
    public func on(_ database: any Database) -> TenantScope {
        TenantScope(authorityID: authorityID, database: database)
    }
}
