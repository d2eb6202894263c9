// How a statement reached the authority; recorded with every statement.

public enum StatementChannel: String, Sendable, Codable, Hashable, CaseIterable {
    /// The public form of the participation.
    case online
    case email
    case letter
    case fax
    /// Taken down in writing at the authority (Niederschrift).
    case minutes
    /// Imported from a file whose rows did not say how they came in.
    case csv, jsonl

    public var germanLabel: String {
        switch self {
        case .online: "Online-Formular"
        case .email: "E-Mail"
        case .letter: "Brief"
        case .fax: "Fax"
        case .minutes: "Niederschrift"
        case .csv: "Import (CSV)"
        case .jsonl: "Import (JSONL)"
        }
    }
}
