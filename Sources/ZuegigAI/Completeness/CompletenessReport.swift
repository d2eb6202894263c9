// The result of the completeness check: what is missing, what contradicts itself, what could not be
// read, and a drafted deficiency request in German for the case worker to edit and send.
import ZuegigDomain

public struct CompletenessReport: Sendable, Codable, Hashable {
    public struct Missing: Sendable, Codable, Hashable {
        public let kind: String
        public let label: String
        public let legalBasis: String
        /// Why it is required here, e.g. "nur ab Gebäudeklasse 4".
        public let condition: String?
    }

    public struct Statement: Sendable, Codable, Hashable {
        public let document: String
        public let documentID: String
        public let written: String
        public let value: String
        public let page: Int
    }

    public struct Inconsistency: Sendable, Codable, Hashable {
        public let field: DocumentField
        public let statements: [Statement]
        public let message: String
    }

    public struct Notice: Sendable, Codable, Hashable {
        public enum Kind: String, Sendable, Codable, Hashable {
            case unclearKind, textUnavailable, textPending, textEmpty, textFailed, buildingClassUnknown
        }

        public let kind: Kind
        public let documentID: String?
        public let message: String
    }

    public let missing: [Missing]
    public let inconsistencies: [Inconsistency]
    public let notices: [Notice]
    /// The building class the conditional requirements were evaluated with, and where it came from.
    public let buildingClass: Int?
    public let buildingClassSource: String
    /// Facts agreed across documents (first statement per field).
    public let facts: [ExtractedField]
    public let deficiencyDraft: String

    /// No missing documents and no contradictions. Notices (e.g. OCR unavailable) still ask for a human look.
    public var isComplete: Bool { missing.isEmpty && inconsistencies.isEmpty }
}
