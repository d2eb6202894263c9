// The procedure definitions loaded at start-up, and which of them an authority offers.
import ZuegigDomain
import ZuegigPersistence

public struct ProcedureCatalog: Sendable {
    public let all: [ProcedureDefinition]

    public init(_ definitions: [ProcedureDefinition]) {
        all = definitions
    }

    public func definition(_ id: String) -> ProcedureDefinition? {
        all.first { $0.id == id }
    }

    /// The Land's own procedures, else the model code's (MBO).
    public func offered(inLand land: String) -> [ProcedureDefinition] {
        let own = all.filter { $0.jurisdiction == land }
        return own.isEmpty ? all.filter { $0.jurisdiction == "MBO" } : own
    }

    /// The simplified procedure is the everyday case; it is the default when an applicant names none.
    public func defaultProcedure(inLand land: String) -> ProcedureDefinition? {
        let offered = offered(inLand: land)
        return offered.first { $0.id.hasSuffix("vereinfacht") } ?? offered.first
    }

    func require(_ id: String) throws -> ProcedureDefinition {
        guard let definition = definition(id) else {
            throw AppError(.internal, "Das Verfahren „\(id)“ dieses Vorgangs ist nicht mehr eingerichtet.")
        }
        return definition
    }
}
