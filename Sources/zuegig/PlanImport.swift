// `zuegig plan import FILE.gml --authority SLUG`: stores a plan for an authority from the command line.
import ArgumentParser
import Foundation
import ZuegigServer

extension Plan {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store an XPlanGML plan for an authority and link the cases it covers.")

        @Argument(help: "XPlanGML file (5.0 to 6.0).")
        var file: String

        @Option(help: "Slug of the authority (e.g. musterstadt).")
        var authority: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Datei \(file) nicht gefunden.") }
            let config = try Runtime.loadConfig()
            let metrics = Runtime.bootstrap(config)
            let summary = try await Runtime.withApp(config, metrics: metrics) { app in
                do {
                    return try await ZuegigApp.importPlan(app, data: data, fileName: (file as NSString).lastPathComponent, authoritySlug: authority)
                } catch let error as AppError {
                    throw ValidationError(error.detail)
                }
            }
            print(summary)
        }
    }
}
