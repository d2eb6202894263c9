// All settings, read once from the environment (12-factor). Pure and unit-tested.
import Foundation

public struct AppConfig: Sendable, Equatable {
    public enum DatabaseKind: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public enum LogFormat: String, Sendable, Equatable {
        case json
        case text
    }

    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public let variable: String
        public let problem: String
        public var description: String { "\(variable): \(problem)" }
    }

    public var dataDirectory: String
    public var database: DatabaseKind
    /// PostgreSQL schema to use (created if missing); nil uses the server's default search path.
    public var databaseSchema: String?
    public var hostname: String
    public var port: Int
    public var createsDemoData: Bool
    public var secureCookies: Bool
    public var sessionLifetime: TimeInterval
    public var tokenLifetime: TimeInterval
    public var maxBodyBytes: Int
    public var maxUploadBytes: Int
    public var bcryptCost: Int
    public var logLevel: String
    public var logFormat: LogFormat
    /// Folder of procedure definitions (YAML), read at start-up.
    public var proceduresDirectory: String
    /// The PDF/A renderer (WeasyPrint) to call; nil looks for `weasyprint` on the PATH.
    public var weasyprintPath: String?
    /// Minutes between deadline sweeps inside `serve`; 0 leaves them to `zuegig deadlines sweep` (cron).
    public var sweepMinutes: Int
    /// The document classifier model file (built by `zuegig documents train`).
    public var documentModelPath: String
    /// Setback rules per Land (JSON), read at start-up.
    public var setbackRulesPath: String
    /// Folder of demo data files (the demo development plan and project).
    public var demoDirectory: String
    /// Keyword rules that suggest which department answers a cluster of statements.
    public var commentRoutingPath: String
    /// False turns pdftotext and tesseract off (documents are stored, text recognition reported as unavailable).
    public var textToolsEnabled: Bool
    /// Seconds between polls of the job table inside `serve`; 0 leaves jobs to `zuegig worker`.
    public var workerPollSeconds: Int
    /// How many statements of the demo file the demo participation gets (tests use a few).
    public var demoStatements: Int

    /// The documented variables and their defaults; the README's table mirrors this list.
    public static let variables: [(name: String, defaultValue: String, meaning: String)] = [
        ("ZUEGIG_DATA_DIR", "./data", "folder for the SQLite file and documents"),
        ("DATABASE_URL", "(unset: SQLite)", "postgres://user:pass@host:5432/db switches to PostgreSQL"),
        ("DATABASE_SCHEMA", "(unset)", "PostgreSQL schema for Zügig's tables, created if missing"),
        ("ZUEGIG_HOST", "127.0.0.1", "address to listen on"),
        ("ZUEGIG_PORT", "8080", "port to listen on"),
        ("ZUEGIG_DEMO", "1", "0 creates no demo authorities and users"),
        ("ZUEGIG_SECURE_COOKIES", "1", "0 drops the Secure flag (plain HTTP on a host other than localhost)"),
        ("ZUEGIG_SESSION_HOURS", "8", "lifetime of a browser session"),
        ("ZUEGIG_TOKEN_HOURS", "12", "lifetime of an API token"),
        ("ZUEGIG_MAX_BODY_KB", "1024", "largest request body outside uploads"),
        ("ZUEGIG_MAX_UPLOAD_MB", "25", "largest uploaded file"),
        ("ZUEGIG_BCRYPT_COST", "12", "bcrypt work factor (10-16; tests may use 4)"),
        ("LOG_LEVEL", "info", "trace, debug, info, notice, warning, error, critical"),
        ("ZUEGIG_LOG_FORMAT", "json", "json (one object per line) or text"),
        ("ZUEGIG_PROCEDURES_DIR", "./Procedures", "folder of procedure definitions (YAML), read at start-up"),
        ("ZUEGIG_SWEEP_MINUTES", "15", "minutes between deadline sweeps in serve (deemed approval etc.); 0 = only by command"),
        ("ZUEGIG_WEASYPRINT", "(weasyprint on PATH)", "WeasyPrint for PDF/A-3b decision notices; 0 uses the built-in PDF writer"),
        ("ZUEGIG_DOCUMENT_MODEL", "./Models/document-classifier.json", "document classifier model, loaded at start-up"),
        ("ZUEGIG_TEXT_TOOLS", "1", "0 turns pdftotext and tesseract off (text recognition reported as unavailable)"),
        ("ZUEGIG_WORKER_SECONDS", "2", "seconds between job polls inside serve; 0 leaves jobs to zuegig worker"),
        ("ZUEGIG_SETBACK_RULES", "./Rules/setbacks.json", "setback-area rules per Land (factor of H, minimum), read at start-up"),
        ("ZUEGIG_DEMO_DIR", "./Demo", "demo data files (development plan in XPlanGML, project of the demo case, statements of the demo participation)"),
        ("ZUEGIG_DEMO_STATEMENTS", "320", "statements the demo participation takes from Demo/statements.jsonl"),
        ("ZUEGIG_COMMENT_ROUTING", "./Rules/comment-routing.json", "keyword rules suggesting the department that answers a cluster of statements"),
    ]

    public init(environment: [String: String]) throws {
        func value(_ name: String) -> String? {
            guard let raw = environment[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
            guard let raw = value(name) else { return fallback }
            guard let number = Int(raw), range.contains(number) else {
                throw Invalid(variable: name, problem: "expected a whole number in \(range.lowerBound)...\(range.upperBound), got '\(raw)'")
            }
            return number
        }
        func flag(_ name: String, default fallback: Bool) throws -> Bool {
            guard let raw = value(name)?.lowercased() else { return fallback }
            switch raw {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default: throw Invalid(variable: name, problem: "expected 0 or 1, got '\(raw)'")
            }
        }

        dataDirectory = value("ZUEGIG_DATA_DIR") ?? "./data"
        if let url = value("DATABASE_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw Invalid(variable: "DATABASE_URL", problem: "only postgres:// URLs are supported; leave it unset for SQLite")
            }
            database = .postgres(url: url)
        } else {
            database = .sqlite(path: (dataDirectory as NSString).appendingPathComponent("zuegig.sqlite"))
        }
        if let schema = value("DATABASE_SCHEMA") {
            guard (1...63).contains(schema.count), schema.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }),
                  schema.first?.isLetter == true
            else {
                throw Invalid(variable: "DATABASE_SCHEMA", problem: "use 1-63 lower-case letters, digits or _, starting with a letter")
            }
            databaseSchema = schema
        } else {
            databaseSchema = nil
        }
        hostname = value("ZUEGIG_HOST") ?? "127.0.0.1"
        port = try integer("ZUEGIG_PORT", default: 8080, in: 1...65535)
        createsDemoData = try flag("ZUEGIG_DEMO", default: true)
        secureCookies = try flag("ZUEGIG_SECURE_COOKIES", default: true)
        sessionLifetime = TimeInterval(try integer("ZUEGIG_SESSION_HOURS", default: 8, in: 1...72) * 3600)
        tokenLifetime = TimeInterval(try integer("ZUEGIG_TOKEN_HOURS", default: 12, in: 1...720) * 3600)
        maxBodyBytes = try integer("ZUEGIG_MAX_BODY_KB", default: 1024, in: 16...102_400) * 1024
        maxUploadBytes = try integer("ZUEGIG_MAX_UPLOAD_MB", default: 25, in: 1...1024) * 1024 * 1024
        bcryptCost = try integer("ZUEGIG_BCRYPT_COST", default: 12, in: 4...16)
        let level = value("LOG_LEVEL")?.lowercased() ?? "info"
        guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(level) else {
            throw Invalid(variable: "LOG_LEVEL", problem: "unknown level '\(level)'")
        }
        logLevel = level
        guard let format = LogFormat(rawValue: value("ZUEGIG_LOG_FORMAT")?.lowercased() ?? "json") else {
            throw Invalid(variable: "ZUEGIG_LOG_FORMAT", problem: "expected json or text")
        }
        logFormat = format
        proceduresDirectory = value("ZUEGIG_PROCEDURES_DIR") ?? "./Procedures"
        weasyprintPath = value("ZUEGIG_WEASYPRINT")
        sweepMinutes = try integer("ZUEGIG_SWEEP_MINUTES", default: 15, in: 0...1440)
        documentModelPath = value("ZUEGIG_DOCUMENT_MODEL") ?? "./Models/document-classifier.json"
        textToolsEnabled = value("ZUEGIG_TEXT_TOOLS") != "0"
        setbackRulesPath = value("ZUEGIG_SETBACK_RULES") ?? "./Rules/setbacks.json"
        demoDirectory = value("ZUEGIG_DEMO_DIR") ?? "./Demo"
        commentRoutingPath = value("ZUEGIG_COMMENT_ROUTING") ?? "./Rules/comment-routing.json"
        workerPollSeconds = try integer("ZUEGIG_WORKER_SECONDS", default: 2, in: 0...3600)
        demoStatements = try integer("ZUEGIG_DEMO_STATEMENTS", default: 320, in: 0...100_000)
    }

    public var documentsDirectory: String { (dataDirectory as NSString).appendingPathComponent("documents") }
}
