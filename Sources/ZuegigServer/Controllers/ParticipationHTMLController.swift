// The staff pages of participations: list and creation, the overview with analysis, documents,
// import and exports, and the weighing table per topic. Invalid input shows the page again with
// German messages; another authority's participation answers 404.
import Fluent
import Foundation
import Vapor
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct ParticipationHTMLController: RouteCollection {
    let maxUploadBytes: Int

    func boot(routes: any RoutesBuilder) throws {
        let upload = ByteCount(value: maxUploadBytes + 256 * 1024)
        let root = routes.grouped("verwaltung", "beteiligungen")
        root.get(use: list)
        root.post(use: create)
        root.get(":id", use: overview)
        root.post(":id", "auswerten", use: analyse)
        root.on(.POST, ":id", "unterlagen", body: .collect(maxSize: upload), use: addDocument)
        root.on(.POST, ":id", "import", body: .collect(maxSize: ByteCount(value: max(maxUploadBytes, 50 * 1_048_576))), use: importFiles)
        root.post(":id", "veroeffentlichen", use: publish)
        root.get(":id", "themen", ":number", use: cluster)
        root.post(":id", "themen", ":clusterID", "antwort", use: answerCluster)
        root.post(":id", "stellungnahmen", ":statementID", "antwort", use: answerStatement)
        root.get(":id", "abwaegung.csv", use: exportCSV)
        root.get(":id", "abwaegung.xlsx", use: exportXLSX)
        root.get(":id", "abwaegung.html", use: exportHTML)
        root.get(":id", "abwaegung.pdf", use: exportPDF)
    }

    static func tenant(_ req: Request) throws -> TenantContext {
        let tenant = try TenantContext(req)
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        return tenant
    }

    static func service(_ req: Request) -> ParticipationService { ParticipationService(database: req.db, services: req.zuegig) }

    func participation(_ req: Request, _ tenant: TenantContext) async throws -> ParticipationModel {
        try await Self.service(req).require(try req.uuidParameter("id", notFound: ParticipationService.notFound), tenant: tenant)
    }

    // MARK: List and creation

    func renderList(_ req: Request, values: [String: String] = [:], error: AppError? = nil) async throws -> Response {
        let tenant = try Self.tenant(req)
        let service = Self.service(req)
        guard let authority = try await AuthorityModel.find(tenant.authorityID, on: req.db) else { throw ParticipationService.notFound }
        let participations = try await service.list(tenant: tenant)
        var entries: [(ParticipationModel, Int, ParticipationPeriod.State)] = []
        for participation in participations {
            let count = try await tenant.scope.query(StatementModel.self).filter(\.$participationID == participation.id!).count()
            entries.append((participation, count, ParticipationService.period(participation).state(on: service.today(in: authority))))
        }
        let page = ParticipationListPage(context: PageContext(req), participations: entries, procedures: service.support.procedures,
                                         values: values, fieldErrors: error?.fieldErrors ?? [:], error: error?.detail)
        return HTMLResponse.page(page, status: error?.status ?? .ok)
    }

    @Sendable func list(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await renderList(req)
    }

    @Sendable func create(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        var fields = (try? req.content.decode([String: String].self)) ?? [:]
        fields[CSRF.fieldName] = nil
        do {
            let form = try ParticipationForms.New.parse(fields, procedures: Self.service(req).support.procedures)
            let participation = try await Self.service(req).create(form, tenant: tenant)
            return HTMLResponse.redirect(to: "/verwaltung/beteiligungen/\(participation.id!.uuidString.lowercased())")
        } catch let error as AppError where error.kind == .validation {
            return try await renderList(req, values: fields, error: error)
        }
    }

    // MARK: Overview

    func renderOverview(_ req: Request, message: String? = nil, error: AppError? = nil) async throws -> Response {
        let tenant = try Self.tenant(req)
        let service = Self.service(req)
        let participation = try await participation(req, tenant)
        guard let authority = try await AuthorityModel.find(tenant.authorityID, on: req.db) else { throw ParticipationService.notFound }
        async let table = service.weighingTable(participation, includeOriginals: false)
        async let documents = service.documents(of: participation)
        let page = ParticipationPage(
            context: PageContext(req), participation: participation, phase: service.phase(of: participation)?.phase,
            state: ParticipationService.period(participation).state(on: service.today(in: authority)), table: try await table,
            documents: try await documents, message: message, error: error?.detail, fieldErrors: error?.fieldErrors ?? [:]
        )
        return HTMLResponse.page(page, status: error?.status ?? .ok)
    }

    /// Runs a change and shows the overview with its message, or with the problem.
    func respond(_ req: Request, _ change: () async throws -> String) async throws -> Response {
        do {
            return try await renderOverview(req, message: try await change())
        } catch let error as AppError where [.validation, .conflict, .unsupportedMediaType].contains(error.kind) {
            return try await renderOverview(req, error: error)
        }
    }

    @Sendable func overview(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        return try await renderOverview(req)
    }

    @Sendable func analyse(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        return try await respond(req) {
            let summary = try await Self.service(req).analyse(participation.id!)
            return "Ausgewertet: \(summary.statements) Stellungnahmen, \(summary.duplicateGroups) Formschreiben-Gruppen, \(summary.clusters) Themen."
        }
    }

    struct DocumentForm: Content {
        var title: String?
        var file: File?
    }

    @Sendable func addDocument(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let form = try req.content.decode(DocumentForm.self)
        return try await respond(req) {
            guard let file = form.file, file.data.readableBytes > 0 else { throw AppError(.validation, "Bitte wählen Sie eine Datei.") }
            let document = try await Self.service(req).addDocument(participation.id!, title: form.title ?? "", fileName: file.filename,
                                                                    data: Data(buffer: file.data), tenant: tenant)
            return "Unterlage „\(document.title)“ veröffentlicht."
        }
    }

    struct ImportForm: Content {
        var files: [File]?
    }

    @Sendable func importFiles(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let files = (try req.content.decode(ImportForm.self).files ?? []).filter { $0.data.readableBytes > 0 }
        return try await respond(req) {
            guard !files.isEmpty else { throw AppError(.validation, "Bitte wählen Sie mindestens eine Datei.") }
            let result = StatementFiles.read(files.map { (name: $0.filename, data: Data(buffer: $0.data)) })
            let report = try await Self.service(req).importStatements(result, into: participation.id!, source: files.map(\.filename).joined(separator: ", "), tenant: tenant)
            var message = "\(report.imported) Stellungnahmen importiert"
            if report.skippedKnown > 0 { message += ", \(report.skippedKnown) bereits vorhandene übersprungen" }
            if !report.problems.isEmpty {
                message += ". Nicht übernommen: " + report.problems.prefix(10).map { problem in
                    "\(problem.source)\(problem.line.map { ", Zeile \($0)" } ?? ""): \(problem.message)"
                }.joined(separator: "; ") + (report.problems.count > 10 ? " (und \(report.problems.count - 10) weitere)" : "")
            }
            return message + "."
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        try CSRF.verify(req)
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let publish = (try? req.content.get(String.self, at: "published")) == "1"
        return try await respond(req) {
            _ = try await Self.service(req).setResultPublished(participation.id!, publish, tenant: tenant)
            return publish ? "Das Ergebnis der Abwägung ist auf der öffentlichen Seite veröffentlicht (anonymisiert)." : "Die Veröffentlichung ist zurückgenommen."
        }
    }

    // MARK: Weighing

    func renderCluster(_ req: Request, number: Int, message: String? = nil, error: AppError? = nil) async throws -> Response {
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let originals = Permissions.decide(.viewStatementOriginals, by: tenant.principal.actor) == .allowed
        let table = try await Self.service(req).weighingTable(participation, includeOriginals: originals)
        guard let cluster = table.clusters.first(where: { $0.number == number }) else { throw AppError(.notFound, "Dieses Thema gibt es nicht.") }
        let page = max(1, min((try? req.query.get(Int.self, at: "seite")) ?? 1, 10_000))
        return HTMLResponse.page(ClusterPage(context: PageContext(req), participation: participation, cluster: cluster, page: page,
                                             message: message, error: error?.detail, fieldErrors: error?.fieldErrors ?? [:]),
                                 status: error?.status ?? .ok)
    }

    @Sendable func cluster(req: Request) async throws -> Response {
        guard req.principal != nil else { return HTMLResponse.redirect(to: "/anmelden") }
        guard let number = req.parameters.get("number").flatMap(Int.init) else { throw AppError(.notFound, "Dieses Thema gibt es nicht.") }
        return try await renderCluster(req, number: number)
    }

    func answer(_ req: Request, number: @escaping () async throws -> Int, _ change: (ParticipationForms.Answer) async throws -> String) async throws -> Response {
        try CSRF.verify(req)
        var fields = (try? req.content.decode([String: String].self)) ?? [:]
        fields[CSRF.fieldName] = nil
        do {
            let message = try await change(try ParticipationForms.Answer.parse(fields))
            return try await renderCluster(req, number: try await number(), message: message)
        } catch let error as AppError where error.kind == .validation {
            return try await renderCluster(req, number: try await number(), error: error)
        }
    }

    @Sendable func answerCluster(req: Request) async throws -> Response {
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let clusterID = try req.uuidParameter("clusterID", notFound: AppError(.notFound, "Dieses Thema gibt es nicht."))
        guard let cluster = try await tenant.scope.find(StatementClusterModel.self, clusterID), cluster.participationID == participation.id else {
            throw AppError(.notFound, "Dieses Thema gibt es nicht.")
        }
        return try await answer(req, number: { cluster.number }) { answer in
            _ = try await Self.service(req).answerCluster(clusterID, in: participation.id!, answer, tenant: tenant)
            return "Abwägung für Thema \(cluster.number) gespeichert; sie gilt für alle Stellungnahmen ohne eigene Antwort."
        }
    }

    @Sendable func answerStatement(req: Request) async throws -> Response {
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let statementID = try req.uuidParameter("statementID", notFound: AppError(.notFound, "Diese Stellungnahme gibt es nicht."))
        guard let statement = try await tenant.scope.find(StatementModel.self, statementID), statement.participationID == participation.id else {
            throw AppError(.notFound, "Diese Stellungnahme gibt es nicht.")
        }
        let number: @Sendable () async throws -> Int = {
            guard let clusterID = statement.clusterID else { return 0 }
            return try await tenant.scope.find(StatementClusterModel.self, clusterID)?.number ?? 0
        }
        return try await answer(req, number: number) { answer in
            let count = try await Self.service(req).answerStatement(statementID, in: participation.id!, answer, tenant: tenant)
            return count == 1 ? "Antwort zu \(statement.receiptNumber) gespeichert." : "Antwort für alle \(count) Schreiben der Gruppe gespeichert."
        }
    }

    // MARK: Exports (anonymised)

    func exportTable(_ req: Request) async throws -> (WeighingTable, ParticipationModel, String) {
        let tenant = try Self.tenant(req)
        let participation = try await participation(req, tenant)
        let authority = try await AuthorityModel.find(tenant.authorityID, on: req.db)?.name ?? ""
        return (try await Self.service(req).weighingTable(participation, includeOriginals: false), participation, authority)
    }

    static func download(_ data: Data, type: String, name: String, _ participation: ParticipationModel) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"abwaegung-\(participation.slug).\(name)\"")
        return response
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        let (table, participation, _) = try await exportTable(req)
        return Self.download(WeighingExport.csv(table), type: "text/csv; charset=utf-8", name: "csv", participation)
    }

    @Sendable func exportXLSX(req: Request) async throws -> Response {
        let (table, participation, _) = try await exportTable(req)
        return Self.download(try WeighingExport.xlsx(table),
                             type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: "xlsx", participation)
    }

    @Sendable func exportHTML(req: Request) async throws -> Response {
        let (table, participation, authority) = try await exportTable(req)
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: WeighingExport.html(table, participation: participation, authority: authority)))
    }

    @Sendable func exportPDF(req: Request) async throws -> Response {
        let (table, participation, authority) = try await exportTable(req)
        let output = await req.zuegig.pdf.render(WeighingExport.html(table, participation: participation, authority: authority),
                                                 WeighingExport.pdfBlocks(table, participation: participation, authority: authority))
        let response = Self.download(output.data, type: "application/pdf", name: "pdf", participation)
        response.headers.replaceOrAdd(name: "X-PDF-Producer", value: output.producer.folding(options: .diacriticInsensitive, locale: nil))
        return response
    }
}
