// Why project data could not be read (German; shown in the API and on the case page).
public struct ProjectError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
