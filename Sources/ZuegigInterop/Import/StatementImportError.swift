// A problem with an import file or with one record in it; the message is German and shown to staff.

public struct StatementImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file name or another label the caller gave the input.
    public var source: String
    /// The 1-based line where the record starts, when the problem belongs to one record.
    public var line: Int?
    public var message: String

    public init(source: String, line: Int? = nil, message: String) {
        self.source = source; self.line = line; self.message = message
    }

    public var description: String {
        line.map { "\(source), Zeile \($0): \(message)" } ?? "\(source): \(message)"
    }
}
