// The app's shared services and effect clients, set up once in `configure` and read by handlers.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

public struct ZuegigServices: Sendable {
    public let config: AppConfig
    public let metrics: AppMetrics
    public let passwords: PasswordHashing
    /// A hash to verify against when the account is unknown, so timing does not reveal accounts.
    public let dummyPasswordHash: String
    public let now: @Sendable () -> Date
    public let procedures: ProcedureCatalog
    public let documents: DocumentStore
    public let pdf: PDFRendering
    public let intake: DocumentIntake
    public let planning: PlanningSupport
    public let participation: ParticipationSupport
    public let throttle = LoginThrottle()
    public let passwordPolicy = PasswordPolicy()

    /// Writes one audit event inside the caller's transaction and counts it.
    func audit(_ entry: AuditEntry, at time: Date, on database: any Database) async throws {
        try await AuditLog.append(entry, at: time, on: database)
        metrics.recordAuditEvent(action: entry.action)
    }
}

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = ZuegigServices
    }

    public var zuegig: ZuegigServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("configure(_:config:metrics:) must run before the app is used")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    var zuegig: ZuegigServices { application.zuegig }
}
