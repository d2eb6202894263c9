// `zuegig deadlines sweep`: act on passed deadlines once (for cron; serve also sweeps periodically).
import ArgumentParser
import Foundation
import ZuegigServer

struct Deadlines: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Deadline tools.", subcommands: [Sweep.self])

    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Act on every passed deadline as its procedure file says, then exit.")

        func run() async throws {
            let config = try Runtime.loadConfig()
            let metrics = Runtime.bootstrap(config)
            let summary = try await Runtime.withApp(config, metrics: metrics) { app in
                try await ZuegigApp.sweepDeadlines(app)
            }
            print(summary)
        }
    }
}
