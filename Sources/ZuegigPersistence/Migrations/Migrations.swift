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
            M008ExtendCasesAndAuthorities(),
            M009CreateDocuments(),
            M010CreateDeadlines(),
            M011CreateDeficiencyRequests(),
            M012CreateConsultations(),
            M013CreateDecisions(),
            M014CreateInspections(),
            M015CreateIdempotencyKeysAndTemplates(),
            M016CreateDocumentAnalysesAndJobs(),
            M017CreatePlansAndCaseProjects(),
            M018CreateSiteVisits(),
            M019ExtendSiteVisits(),
            M020CreateParticipations(),
        ]
    }
}
