// The authorities on this platform (public, so applicants can choose where to apply).
import Fluent
import Vapor
import ZuegigPersistence

struct AuthorityAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("authorities", use: listAuthorities)
    }

    @Sendable func listAuthorities(req: Request) async throws -> [AuthorityDTO] {
        try await AuthorityModel.query(on: req.db).sort(\.$name).all().map(AuthorityDTO.init)
    }
}
