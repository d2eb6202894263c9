// An error in a procedure file, naming the file, the line and the problem.

public struct ProcedureLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let problem: String

    public var description: String {
        let place = [line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return place.isEmpty ? "\(file): \(problem)" : "\(file):\(place): \(problem)"
    }
}
