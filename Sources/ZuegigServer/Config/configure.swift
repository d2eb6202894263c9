// Sets up one Vapor application from an AppConfig: database, services, middleware, routes.
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

/// Start-up failed because of the setup, not the code; the message says what to fix.
public struct ConfigurationError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

public enum ZuegigApp {
    /// Configures `app`. Call `prepare(_:)` afterwards to migrate and seed.
    public static func configure(
        _ app: Application, config: AppConfig, metrics: AppMetrics, now: @escaping @Sendable () -> Date = { Date() },
        pdf: PDFRendering? = nil, intake: DocumentIntake? = nil
    ) async throws {
        try FileManager.default.createDirectory(atPath: config.documentsDirectory, withIntermediateDirectories: true)
        switch config.database {
        case .sqlite(let path):
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            var postgres = try SQLPostgresConfiguration(url: url)
            if let schema = config.databaseSchema { postgres.searchPath = [schema] }
            app.databases.use(.postgres(configuration: postgres, sqlLogLevel: .trace), as: .psql)
        }
        app.migrations.add(ZuegigMigrations.all)

        let procedures: [ProcedureDefinition]
        do {
            procedures = try ProcedureYAML.loadDirectory(config.proceduresDirectory)
        } catch {
            throw ConfigurationError(message: "procedure definitions are invalid: \(error)")
        }
        guard !procedures.isEmpty else {
            throw ConfigurationError(message: "no procedure definitions in \(config.proceduresDirectory) (set ZUEGIG_PROCEDURES_DIR)")
        }
        let dummyHash = try await app.threadPool.runIfActive { try Bcrypt.hash("zuegig-timing-guard", cost: config.bcryptCost) }
        let resolvedIntake: DocumentIntake
        if let intake { resolvedIntake = intake } else { resolvedIntake = await DocumentIntake.load(config: config, logger: app.logger) }
        app.zuegig = ZuegigServices(
            config: config, metrics: metrics,
            passwords: .bcrypt(cost: config.bcryptCost, threadPool: app.threadPool),
            dummyPasswordHash: dummyHash, now: now, procedures: ProcedureCatalog(procedures),
            documents: DocumentStore(directory: config.documentsDirectory), pdf: pdf ?? .live(weasyprintPath: config.weasyprintPath),
            intake: resolvedIntake, planning: try PlanningSupport.load(config: config, logger: app.logger),
            participation: try ParticipationSupport.load(config: config, logger: app.logger)
        )

        app.http.server.configuration.hostname = config.hostname
        app.http.server.configuration.port = config.port
        app.http.server.configuration.reportMetrics = false
        app.routes.defaultMaxBodySize = ByteCount(value: config.maxBodyBytes)

        app.middleware = Middlewares()
        app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(CSRFCookieMiddleware())
        app.middleware.use(MetricsMiddleware(metrics: metrics))
        app.middleware.use(ZuegigErrorMiddleware())
        app.middleware.use(IdentityMiddleware())

        try routes(app)
    }

    static func routes(_ app: Application) throws {
        try app.register(collection: SystemController())
        try app.register(collection: HTMLController())
        try app.register(collection: CaseHTMLController(maxUploadBytes: app.zuegig.config.maxUploadBytes))
        try app.register(collection: PlanHTMLController(maxUploadBytes: app.zuegig.config.maxUploadBytes))
        try app.register(collection: VisitHTMLController())
        try app.register(collection: VisitDataHTMLController())
        try app.register(collection: PublicParticipationController())
        try app.register(collection: ParticipationHTMLController(maxUploadBytes: app.zuegig.config.maxUploadBytes))
        try app.register(collection: RoutingRulesHTMLController())
        let api = app.grouped("api", "v1")
        try api.register(collection: OpenAPIController())
        try api.register(collection: AuthAPIController())
        try api.register(collection: AuthorityAPIController())
        try api.register(collection: CaseAPIController())
        try api.register(collection: CaseFlowAPIController())
        try api.register(collection: DocumentAPIController(maxUploadBytes: app.zuegig.config.maxUploadBytes))
        try api.register(collection: IntakeAPIController())
        try api.register(collection: PlanAPIController(maxUploadBytes: app.zuegig.config.maxUploadBytes))
        try api.register(collection: AdministrationAPIController())
        try api.register(collection: AuditAPIController())
    }

    /// Runs one deadline sweep and describes what it did.
    public static func sweepDeadlines(_ app: Application) async throws -> String {
        let report = try await DeadlineSweeper(database: app.db, services: app.zuegig).sweep()
        return "Fristen: \(report.expired) abgelaufen, \(report.deemedApprovals) Genehmigungsfiktionen, \(report.deemedConsents) fingierte Zustimmungen, "
            + "\(report.deemedComplete) als vollständig, \(report.deemedWithdrawn) als zurückgenommen"
    }

    /// Sweeps deadlines every ZUEGIG_SWEEP_MINUTES while serving; several servers may do so at once.
    /// Runs queued jobs until none is left; returns how many ran.
    public static func runJobs(_ app: Application) async throws -> Int {
        try await DocumentAnalysisWorker(database: app.db, services: app.zuegig, logger: app.logger).drain()
    }

    /// Polls the job table inside `serve` (document text and analysis), unless ZUEGIG_WORKER_SECONDS=0.
    public static func startWorker(_ app: Application) -> Task<Void, Never>? {
        let seconds = app.zuegig.config.workerPollSeconds
        guard seconds > 0 else { return nil }
        let worker = DocumentAnalysisWorker(database: app.db, services: app.zuegig, logger: app.logger)
        return Task {
            while !Task.isCancelled {
                do {
                    if try await worker.runOnce() { continue }
                } catch {
                    app.logger.error("worker poll failed", metadata: ["component": "worker", "error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: .seconds(seconds))
            }
        }
    }

    public static func startDeadlineSweeps(_ app: Application) -> Task<Void, Never>? {
        let minutes = app.zuegig.config.sweepMinutes
        guard minutes > 0 else { return nil }
        let logger = Logger(label: "zuegig.deadlines")
        return Task {
            while !Task.isCancelled {
                do {
                    let summary = try await sweepDeadlines(app)
                    logger.info("\(summary)", metadata: ["component": "deadlines"])
                } catch {
                    logger.error("deadline sweep failed", metadata: ["component": "deadlines", "error": "\(String(reflecting: error))"])
                }
                try? await Task.sleep(for: .seconds(minutes * 60))
            }
        }
    }

    /// Makes the database ready: schema (PostgreSQL) or WAL mode (SQLite), migrations, demo data.
    /// Returns the demo logins when demo data exists.
    @discardableResult
    public static func prepare(_ app: Application) async throws -> [DemoSeeder.Login] {
        let config = app.zuegig.config
        guard let sql = app.db as? any SQLDatabase else { return [] }
        switch config.database {
        case .sqlite:
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        case .postgres:
            if let schema = config.databaseSchema {
                try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
        }
        try await app.autoMigrate()
        guard config.createsDemoData else { return [] }
        return try await DemoSeeder(services: app.zuegig).seedIfNeeded(on: app.db)
    }
}
