// Marks models that belong to an authority; `TenantScope` is the only way handlers query them.
import FluentKit
import Foundation

public protocol TenantOwned: Model where IDValue == UUID {
    static var tenantField: KeyPath<Self, FieldProperty<Self, UUID>> { get }
}
