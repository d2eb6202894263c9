// Whether a use is allowed in a zone: generally, by exception (§ 31 Abs. 1 BauGB), or not at all.
public enum UseAllowance: String, Sendable, Codable {
    case allowed, exception, notAllowed, unknown
}
