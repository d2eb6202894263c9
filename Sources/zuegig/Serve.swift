// `zuegig serve`: migrate, create demo data on first start, then serve HTTP until stopped.
import ArgumentParser
import Vapor
import ZuegigServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web server (runs migrations first).")

    @ArgumentParser.Option(help: "Address to listen on (overrides ZUEGIG_HOST).") var hostname: String?
    @ArgumentParser.Option(help: "Port to listen on (overrides ZUEGIG_PORT).") var port: Int?

    func run() async throws {
        var config = try Runtime.loadConfig()
        if let hostname { config.hostname = hostname }
        if let port { config.port = port }
        let metrics = Runtime.bootstrap(config)
        try await Runtime.withApp(config, metrics: metrics, arguments: ["zuegig", "serve"]) { app in
            Runtime.printLogins(try await ZuegigApp.prepare(app))
            print("Zügig läuft auf http://\(config.hostname):\(config.port)/")
            let sweeper = ZuegigApp.startDeadlineSweeps(app)
            let worker = ZuegigApp.startWorker(app)
            defer {
                sweeper?.cancel()
                worker?.cancel()
            }
            try await app.execute()
        }
    }
}
