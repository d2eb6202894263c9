// Password hashing behind a small client: bcrypt on the thread pool in the app, swappable in tests.
import NIOPosix
import Vapor

public struct PasswordHashing: Sendable {
    public var hash: @Sendable (String) async throws -> String
    public var verify: @Sendable (_ password: String, _ hash: String) async throws -> Bool

    public static func bcrypt(cost: Int, threadPool: NIOThreadPool) -> PasswordHashing {
        PasswordHashing(
            hash: { password in try await threadPool.runIfActive { try Bcrypt.hash(password, cost: cost) } },
            verify: { password, hash in
                try await threadPool.runIfActive { (try? Bcrypt.verify(password, created: hash)) ?? false }
            }
        )
    }
}
