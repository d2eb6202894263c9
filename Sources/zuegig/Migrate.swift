// `zuegig migrate`: bring the database schema up to date (and create demo data unless ZUEGIG_DEMO=0).
import ArgumentParser
import ZuegigServer

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run database migrations; creates the demo data unless ZUEGIG_DEMO=0."
    )

    func run() async throws {
        let config = try Runtime.loadConfig()
        let metrics = Runtime.bootstrap(config)
        try await Runtime.withApp(config, metrics: metrics) { app in
            Runtime.printLogins(try await ZuegigApp.prepare(app))
            print("Migrationen abgeschlossen.")
        }
    }
}
