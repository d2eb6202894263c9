// Process-wide setup done once: configuration, logging and metrics bootstrap, the app's lifecycle.
import ArgumentParser
import Foundation
import Logging
import Metrics
import Prometheus
import Vapor
import ZuegigServer

enum Runtime {
    static func loadConfig() throws -> AppConfig {
        do {
            return try AppConfig(environment: ProcessInfo.processInfo.environment)
        } catch let invalid as AppConfig.Invalid {
            FileHandle.standardError.write(Data("zuegig: invalid configuration: \(invalid)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Logging and metrics systems can be bootstrapped once per process, so only here.
    static func bootstrap(_ config: AppConfig) -> AppMetrics {
        let level = Logger.Level(rawValue: config.logLevel) ?? .info
        switch config.logFormat {
        case .json: LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        case .text:
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardOutput(label: label)
                handler.logLevel = level
                return handler
            }
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return AppMetrics(registry: registry)
    }

    /// Runs `body` with a configured application and shuts it down afterwards, also on errors.
    static func withApp<T>(
        _ config: AppConfig, metrics: AppMetrics, arguments: [String] = ["zuegig"], _ body: (Application) async throws -> T
    ) async throws -> T {
        let app = try await Application.make(Environment(name: "production", arguments: arguments))
        do {
            try await ZuegigApp.configure(app, config: config, metrics: metrics)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func printLogins(_ logins: [DemoSeeder.Login]) {
        guard !logins.isEmpty else { return }
        var lines = ["", "Demo-Zugänge (Passwort für alle: \(DemoSeeder.password)):"]
        for login in logins {
            lines.append("  \(login.email.padding(toLength: 48, withPad: " ", startingAt: 0)) \(login.role)\(login.authority.map { " @ \($0)" } ?? "")")
        }
        lines.append("")
        print(lines.joined(separator: "\n"))
    }
}
