// The public side of participations, without an account: the list of open participations, the page
// of one with its documents and statement form, the receipt, and the published weighing result.
// Only anonymised text is ever shown here.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigPersistence

struct PublicParticipationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let limits = StatementSubmission.Limits()
        let bodyLimit = ByteCount(value: limits.maxAttachments * limits.maxAttachmentBytes + 512 * 1024)
        routes.get("beteiligung", use: list)
        routes.get("beteiligung", ":slug", use: page)
        routes.on(.POST, "beteiligung", ":slug", body: .collect(maxSize: bodyLimit), use: submit)
        routes.get("beteiligung", ":slug", "unterlagen", ":documentID", use: document)
        routes.get("beteiligung", ":slug", "ergebnis", use: result)
    }

    struct StatementForm: Content {
        var token: String?
        var website: String?
        var text: String?
        var name: String?
        var address: String?
        var email: String?
        var attachments: [File]?
    }

    @Sendable func list(req: Request) async throws -> Response {
        let service = ParticipationService(database: req.db, services: req.zuegig)
        let participations = try await ParticipationModel.query(on: req.db).sort(\.$firstDay).all()
        let authorities = Dictionary(uniqueKeysWithValues: try await AuthorityModel.query(on: req.db).all().compactMap { model in model.id.map { ($0, model) } })
        let entries = participations.compactMap { participation -> (ParticipationModel, String, ParticipationPeriod.State)? in
            guard let authority = authorities[participation.authorityID], service.phase(of: participation)?.phase.audience != .agencies else { return nil }
            let state = ParticipationService.period(participation).state(on: service.today(in: authority))
            guard state != .closed || participation.resultPublished else { return nil }
            return (participation, authority.name, state)
        }
        return HTMLResponse.page(PublicParticipationListPage(context: PageContext(req), entries: entries))
    }

    func render(_ req: Request, slug: String, values: [String: String] = [:], fieldErrors: [String: [String]] = [:], error: String? = nil,
                status: HTTPResponseStatus = .ok) async throws -> Response {
        let service = ParticipationService(database: req.db, services: req.zuegig)
        let (participation, authority) = try await service.publicParticipation(slug: slug)
        let page = PublicParticipationPage(
            context: PageContext(req), participation: participation, authorityName: authority.name, phase: service.phase(of: participation)?.phase,
            state: ParticipationService.period(participation).state(on: service.today(in: authority)),
            documents: try await service.documents(of: participation), formToken: service.formToken(for: participation),
            values: values, fieldErrors: fieldErrors, error: error
        )
        return HTMLResponse.page(page, status: status)
    }

    @Sendable func page(req: Request) async throws -> Response {
        try await render(req, slug: req.parameters.get("slug") ?? "")
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let slug = req.parameters.get("slug") ?? ""
        try CSRF.verify(req)
        let form = try req.content.decode(StatementForm.self)
        let attachments = (form.attachments ?? []).filter { $0.data.readableBytes > 0 || !$0.filename.isEmpty }
            .map { StatementSubmission.Attachment(fileName: $0.filename, data: Data(buffer: $0.data)) }
        let submission = StatementSubmission(text: form.text ?? "", name: form.name, address: form.address, email: form.email, attachments: attachments)
        let values = ["text": form.text ?? "", "name": form.name ?? "", "address": form.address ?? "", "email": form.email ?? ""]
        let service = ParticipationService(database: req.db, services: req.zuegig)
        do {
            let statement = try await service.submitPublic(slug: slug, submission: submission, token: form.token, honeypot: form.website, client: Self.client(req))
            let (participation, _) = try await service.publicParticipation(slug: slug)
            return HTMLResponse.page(StatementReceiptPage(context: PageContext(req), participation: participation, receipt: statement.receiptNumber,
                                                          receivedAt: statement.receivedAt, attachments: submission.attachments.count, emailGiven: submission.email != nil),
                                     status: .created)
        } catch let error as AppError where [.validation, .conflict, .tooManyRequests].contains(error.kind) {
            return try await render(req, slug: slug, values: values, fieldErrors: error.fieldErrors, error: error.detail, status: error.status)
        }
    }

    @Sendable func document(req: Request) async throws -> Response {
        let service = ParticipationService(database: req.db, services: req.zuegig)
        let (participation, authority) = try await service.publicParticipation(slug: req.parameters.get("slug") ?? "")
        let notFound = AppError(.notFound, "Diese Unterlage gibt es nicht oder sie ist nicht mehr veröffentlicht.")
        guard ParticipationService.period(participation).state(on: service.today(in: authority)) == .open,
              let id = req.parameters.get("documentID").flatMap(UUID.init(uuidString:)),
              let document = try await service.documents(of: participation).first(where: { $0.id == id })
        else { throw notFound }
        return HTMLResponse.file(try req.zuegig.documents.read(document.sha256), mediaType: document.mediaType, fileName: document.fileName)
    }

    @Sendable func result(req: Request) async throws -> Response {
        let service = ParticipationService(database: req.db, services: req.zuegig)
        let (participation, authority) = try await service.publicParticipation(slug: req.parameters.get("slug") ?? "")
        guard participation.resultPublished else { throw AppError(.notFound, "Das Ergebnis dieser Beteiligung ist nicht veröffentlicht.") }
        let table = try await service.weighingTable(participation, includeOriginals: false)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: WeighingExport.html(table, participation: participation, authority: authority.name)))
    }

    /// The sender for the rate limit: the peer, or the first forwarded address when a local proxy is the peer.
    static func client(_ req: Request) -> String {
        let peer = req.remoteAddress?.ipAddress
        if peer == nil || peer == "127.0.0.1" || peer == "::1",
           let forwarded = req.headers.first(name: "X-Forwarded-For")?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty {
            return String(forwarded.prefix(64))
        }
        return peer ?? "unbekannt"
    }
}
