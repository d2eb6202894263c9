// Reading the configuration from environment variables.
import Foundation
import Testing
@testable import ZuegigServer

struct AppConfigTests {
    @Test func defaultsUseSQLiteUnderData() throws {
        let config = try AppConfig(environment: [:])
        #expect(config.database == .sqlite(path: "./data/zuegig.sqlite"))
        #expect(config.port == 8080)
        #expect(config.createsDemoData)
        #expect(config.secureCookies)
        #expect(config.documentsDirectory == "./data/documents")
    }

    @Test func databaseURLSwitchesToPostgreSQL() throws {
        let config = try AppConfig(environment: ["DATABASE_URL": "postgres://u:p@localhost:5432/db", "ZUEGIG_DEMO": "0", "ZUEGIG_DATA_DIR": "/srv/z"])
        #expect(config.database == .postgres(url: "postgres://u:p@localhost:5432/db"))
        #expect(!config.createsDemoData)
        #expect(config.documentsDirectory == "/srv/z/documents")
    }

    @Test("invalid values name the variable", arguments: [
        ("ZUEGIG_PORT", "achtzig"), ("ZUEGIG_PORT", "70000"), ("ZUEGIG_DEMO", "vielleicht"),
        ("DATABASE_URL", "mysql://x"), ("LOG_LEVEL", "laut"), ("DATABASE_SCHEMA", "Robert'); DROP"), ("ZUEGIG_BCRYPT_COST", "40"),
    ])
    func invalid(variable: String, value: String) {
        #expect(throws: AppConfig.Invalid.self) { try AppConfig(environment: [variable: value]) }
    }

    @Test func everyVariableIsDocumented() {
        let names = Set(AppConfig.variables.map(\.name))
        for name in ["ZUEGIG_DATA_DIR", "DATABASE_URL", "DATABASE_SCHEMA", "ZUEGIG_PORT", "ZUEGIG_DEMO", "ZUEGIG_SECURE_COOKIES", "LOG_LEVEL"] {
            #expect(names.contains(name))
        }
    }
}

struct ReadmeTests {
    /// The README's configuration table must name every variable the code reads.
    @Test func readmeDocumentsEveryVariable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        for variable in AppConfig.variables {
            #expect(readme.contains("| `\(variable.name)` |"), "README lacks \(variable.name)")
        }
        #expect(readme.contains("swift run zuegig serve"))
        #expect(readme.contains("swift test"))
    }
}
