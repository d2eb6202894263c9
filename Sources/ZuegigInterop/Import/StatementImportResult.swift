// What an import produced: the statements that could be read, and one problem per record that could not.

public struct StatementImportResult: Sendable, Hashable {
    public var statements: [ImportedStatement]
    public var problems: [StatementImportError]

    public init(statements: [ImportedStatement] = [], problems: [StatementImportError] = []) {
        self.statements = statements; self.problems = problems
    }
}
