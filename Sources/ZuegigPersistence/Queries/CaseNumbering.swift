// Hands out Aktenzeichen per authority and year without gaps or duplicates, also across processes.
import FluentKit
import Foundation
import SQLKit
import ZuegigDomain

public enum CaseNumbering {
    public enum Failure: Error {
        case noSQLDatabase
    }

    /// The next number; call inside the transaction that stores the case.
    public static func next(for authority: AuthorityModel, year: Int, on database: any Database) async throws -> CaseNumber {
        guard let sql = database as? any SQLDatabase, let authorityID = authority.id else { throw Failure.noSQLDatabase }
        // Write first, read after: the update takes the row lock before anything is read.
        try await sql.raw("""
            INSERT INTO case_number_counters (authority_id, year, last_sequence) VALUES (\(bind: authorityID), \(bind: year), 0)
            ON CONFLICT (authority_id, year) DO NOTHING
            """).run()
        let row = try await sql.raw("""
            UPDATE case_number_counters SET last_sequence = last_sequence + 1
            WHERE authority_id = \(bind: authorityID) AND year = \(bind: year) RETURNING last_sequence
            """).first()
        let sequence = try row?.decode(column: "last_sequence", as: Int.self) ?? 1
        return CaseNumber(prefix: authority.caseNumberPrefix, year: year, sequence: sequence)
    }
}
