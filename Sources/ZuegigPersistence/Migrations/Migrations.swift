// The ordered list of all migrations. Append only; never reorder or edit a released one.
import FluentKit

public enum ZuegigMigrations {
    public static var all: [any Migration] {
        [
            M001CreateAuthorities(),
            M002CreateUsers(),
            M003CreateAgencies(),
            M004CreateMemberships(),
            M005CreateSessions(),
            M006CreateCases(),
            M007CreateAuditLog(),
        ]
    }
}
