// A real SQLite database (file or memory) with FluentKit only, for tests below the server.
import FluentKit
import FluentSQLiteDriver
import Foundation
import Logging
import NIOPosix
import ZuegigPersistence

public final class SQLiteTestDatabase: Sendable {
    public let databases: Databases
    public let database: any Database

    /// Opens `path` (or a fresh in-memory database) and optionally runs all migrations.
    public init(path: String? = nil, migrate: Bool = true) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        let storage: SQLiteConfiguration.Storage = path.map { .file(path: $0) } ?? .memory(identifier: UUID().uuidString)
        // A long pool timeout: 40 transactions queued on one connection must not time out on a busy machine.
        databases.use(.sqlite(SQLiteConfiguration(storage: storage), connectionPoolTimeout: .seconds(300)), as: .sqlite)
        guard let database = databases.database(logger: Logger(label: "test.sqlite"), on: group.any()) else {
            throw CocoaError(.fileNoSuchFile)
        }
        self.database = database
        if migrate {
            let migrations = Migrations()
            migrations.add(ZuegigMigrations.all)
            let migrator = Migrator(databases: databases, migrations: migrations, logger: Logger(label: "test.migrator"), on: group.any())
            do {
                try await migrator.setupIfNeeded().get()
                try await migrator.prepareBatch().get()
            } catch {
                // A pool that is not shut down traps in its deinit and would hide this error.
                await databases.shutdownAsync()
                throw error
            }
        }
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
