// Creates, resolves and revokes sessions and API tokens. Handlers never see how a login was made.
import Fluent
import Foundation
import ZuegigDomain
import ZuegigPersistence

struct SessionStore: Sendable {
    let database: any Database
    let now: Date

    /// Starts a session for `user`; returns the secret token to hand out (stored only as a hash).
    func start(
        for user: UserModel, kind: SessionModel.Kind, authoritySlug: String?, method: String, lifetime: TimeInterval
    ) async throws -> (token: String, session: SessionModel) {
        let userID = try user.requireID()
        let authorityID = try await chooseAuthority(for: user, userID: userID, slug: authoritySlug)
        let token = SecretToken.make()
        let session = SessionModel(
            userID: userID, tokenHash: SecretToken.hash(token), kind: kind, authorityID: authorityID,
            method: method, expiresAt: now.addingTimeInterval(lifetime)
        )
        try await session.create(on: database)
        return (token, session)
    }

    /// Staff work for one authority per session: the one asked for, else the first by name.
    private func chooseAuthority(for user: UserModel, userID: UUID, slug: String?) async throws -> UUID? {
        guard user.kind == .staff else {
            if slug != nil { throw AppError(.validation, "Antragstellende Konten arbeiten mit allen Behörden; eine Behörde wird nicht gewählt.") }
            return nil
        }
        let memberships = try await MembershipModel.query(on: database).filter(\.$userID == userID).all()
        let authorities = try await AuthorityModel.query(on: database).filter(\.$id ~~ memberships.map(\.authorityID)).sort(\.$name).all()
        if let slug {
            guard let match = authorities.first(where: { $0.slug == slug }) else {
                throw AppError(.forbidden, "Sie sind für diese Behörde nicht freigeschaltet.")
            }
            return match.id
        }
        return authorities.first?.id
    }

    /// The principal behind a token, or nil if the token is unknown, expired or the account inactive.
    func resolve(token: String, kind: SessionModel.Kind) async throws -> Principal? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        guard let session = try await SessionModel.query(on: database)
            .filter(\.$tokenHash == SecretToken.hash(token)).filter(\.$kind == kind).first(),
            session.expiresAt > now,
            let user = try await UserModel.find(session.userID, on: database), user.isActive
        else { return nil }
        return try await principal(for: user, session: session)
    }

    func principal(for user: UserModel, session: SessionModel) async throws -> Principal {
        let userID = try user.requireID()
        let memberships = try await MembershipModel.query(on: database).filter(\.$userID == userID).all()
        let authorities = try await AuthorityModel.query(on: database).filter(\.$id ~~ memberships.map(\.authorityID)).all()
        let byID = Dictionary(uniqueKeysWithValues: authorities.compactMap { authority in authority.id.map { ($0, authority) } })
        return Principal(
            userID: userID, email: user.email, displayName: user.displayName, kind: user.kind,
            memberships: memberships.compactMap { membership in
                byID[membership.authorityID].map {
                    Principal.Membership(
                        authorityID: membership.authorityID, authorityName: $0.name, authoritySlug: $0.slug,
                        role: membership.role, agencyID: membership.agencyID
                    )
                }
            },
            activeAuthorityID: session.authorityID, sessionID: try session.requireID(), method: session.method
        )
    }

    func end(sessionID: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$id == sessionID).delete()
    }

    func endAll(of userID: UUID, except keep: UUID?) async throws {
        let query = SessionModel.query(on: database).filter(\.$userID == userID)
        if let keep { query.filter(\.$id != keep) }
        try await query.delete()
    }

    /// Deletes a user's expired sessions; called at each login so the table does not grow without bound.
    func removeExpired(of userID: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$userID == userID).filter(\.$expiresAt < now).delete()
    }
}
