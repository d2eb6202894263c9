// `zuegig audit verify`: recompute the audit hash chains; exit 1 at the first broken link.
import ArgumentParser
import Foundation
import ZuegigPersistence
import ZuegigServer

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Audit log tools.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute every audit hash chain and report the first broken link.")

        func run() async throws {
            let config = try Runtime.loadConfig()
            let metrics = Runtime.bootstrap(config)
            let verification = try await Runtime.withApp(config, metrics: metrics) { app in
                try await AuditLog.verify(on: app.db)
            }
            switch verification {
            case .intact(let records):
                print("audit log intact: \(records) records verified")
            case .broken(let chain, let sequence, let reason):
                FileHandle.standardError.write(Data("audit log BROKEN: chain \(chain), record \(sequence): \(reason)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
