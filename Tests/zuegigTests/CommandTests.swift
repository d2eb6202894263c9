// The zuegig command as an operator runs it: migrate, then audit verify before and after a hand edit.
import FluentKit
import Foundation
import SQLKit
import Testing
import ZuegigTestSupport

struct CommandTests {
    /// The built `zuegig` executable next to the test bundle.
    static func executable() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("zuegig")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/zuegig")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: fallback.path])
        }
        return fallback
    }

    /// Runs zuegig with a private data folder on SQLite; returns exit status and output.
    static func run(_ arguments: [String], dataDirectory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "DATABASE_URL")
        environment["ZUEGIG_DATA_DIR"] = dataDirectory
        environment["ZUEGIG_PROCEDURES_DIR"] = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Procedures").path
        environment["ZUEGIG_BCRYPT_COST"] = "4"
        environment["ZUEGIG_LOG_FORMAT"] = "text"
        environment["LOG_LEVEL"] = "warning"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func auditVerifyPassesOnDemoDataAndFailsAfterOneRowIsAlteredByHand() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let migrate = try Self.run(["migrate"], dataDirectory: directory)
        #expect(migrate.status == 0, "\(migrate.output)")
        #expect(migrate.output.contains("sachbearbeitung@demo.zuegig.de"))

        let intact = try Self.run(["audit", "verify"], dataDirectory: directory)
        #expect(intact.status == 0, "\(intact.output)")
        #expect(intact.output.contains("intact"))

        let database = try await SQLiteTestDatabase(path: directory + "/zuegig.sqlite", migrate: false)
        let sql = try #require(database.database as? any SQLDatabase)
        try await sql.raw("UPDATE audit_events SET actor_label = 'jemand-anders' WHERE sequence = 2 AND chain = 'platform'").run()
        await database.shutdown()

        let broken = try Self.run(["audit", "verify"], dataDirectory: directory)
        #expect(broken.status == 1)
        #expect(broken.output.contains("chain platform, record 2"), "\(broken.output)")
    }

    @Test func invalidConfigurationExitsWithTwoAndNamesTheVariable() throws {
        let bad = Process()
        bad.executableURL = try Self.executable()
        bad.arguments = ["migrate"]
        bad.environment = ["ZUEGIG_PORT": "keine-zahl", "PATH": "/usr/bin:/bin"]
        let pipe = Pipe()
        bad.standardError = pipe
        bad.standardOutput = Pipe()
        try bad.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        bad.waitUntilExit()
        #expect(bad.terminationStatus == 2)
        #expect(output.contains("ZUEGIG_PORT"))
    }
}
