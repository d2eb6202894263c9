// The answer of a permission check. `hidden` must look exactly like a missing record (404).

public enum AccessDecision: Sendable, Hashable {
    case allowed
    /// The actor may not even know the subject exists: answer 404.
    case hidden
    /// The actor sees the subject but lacks the role: answer 403.
    case forbidden(reason: String)
    /// The role fits but the case is in another step: answer 409.
    case wrongStep(reason: String)

    public var isAllowed: Bool { self == .allowed }
}
