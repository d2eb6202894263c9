// The zuegig command: serve the platform, migrate the database, verify the audit log.
import ArgumentParser

@main
struct Zuegig: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zuegig",
        abstract: "Zügig: digital building-permit and planning procedures.",
        discussion: "Settings come from environment variables; see README.md.",
        subcommands: [Serve.self, Migrate.self, Audit.self, Deadlines.self, Documents.self, Plan.self, Visits.self, Comments.self, Worker.self, Bench.self]
    )
}
