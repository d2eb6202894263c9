// `zuegig worker`: runs background jobs (document text and analysis) for deployments that run
// workers apart from `serve`; `--once` empties the queue and exits.
import ArgumentParser
import Foundation
import ZuegigServer

struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run queued background jobs (text extraction and document analysis).")

    @Flag(help: "Run what is queued now, then exit.") var once = false

    func run() async throws {
        var config = try Runtime.loadConfig()
        if config.workerPollSeconds == 0 { config.workerPollSeconds = 2 }
        let metrics = Runtime.bootstrap(config)
        try await Runtime.withApp(config, metrics: metrics) { app in
            if once {
                print("\(try await ZuegigApp.runJobs(app)) Aufträge erledigt")
                return
            }
            let worker = ZuegigApp.startWorker(app)
            await worker?.value
        }
    }
}
