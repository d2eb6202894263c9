// `zuegig comments import --participation SLUG PATH...`: imports statements (CSV, JSON Lines, .eml;
// folders are read file by file) into a participation of the platform's database.
import ArgumentParser
import Foundation
import ZuegigServer

extension Comments {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import statements from CSV, JSONL or a folder of e-mails into a participation.")

        @Option(help: "The participation's public address (slug), e.g. quartier-am-lindenweg.")
        var participation: String

        @Argument(help: "Files or folders (.csv, .jsonl, .eml).")
        var paths: [String]

        func run() async throws {
            var files: [(name: String, data: Data)] = []
            for path in paths {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ValidationError("\(path) nicht gefunden.") }
                let names = isFolder.boolValue
                    ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
                    : [path]
                for name in names {
                    guard let data = FileManager.default.contents(atPath: name) else { continue }
                    files.append(((name as NSString).lastPathComponent, data))
                }
            }
            guard !files.isEmpty else { throw ValidationError("Keine Dateien gefunden.") }
            let config = try Runtime.loadConfig()
            let metrics = Runtime.bootstrap(config)
            let summary = try await Runtime.withApp(config, metrics: metrics) { app in
                do {
                    return try await ZuegigApp.importStatements(app, participationSlug: participation, files: files)
                } catch let error as AppError {
                    throw ValidationError(error.detail)
                }
            }
            print(summary)
        }
    }
}
