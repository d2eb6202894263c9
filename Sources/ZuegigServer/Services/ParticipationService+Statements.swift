// Statements arriving in a participation, from the public form or imported from files: personal
// data found and masked (including what the sender typed into the contact fields), stance by rules,
// a receipt number, attachments stored, and one analysis job queued for the participation.
import Fluent
import Foundation
import ZuegigAI
import ZuegigDomain
import ZuegigInterop
import ZuegigPersistence

struct IncomingStatement: Sendable {
    var text: String
    var name: String?
    var address: String?
    var email: String?
    var channel: StatementChannel
    var externalID: String?
    var receivedAt: Date
    var attachments: [StatementSubmission.CheckedAttachment] = []
    var clientHash: String?
}

extension ParticipationService {
    static let analysisJobKind = "participation.analyse"
    /// Statements one sender (by network address) may send per participation and hour.
    static let submissionsPerHour = 5
    static let maxImportedStatements = 50_000
    static let maxImportedText = 100_000

    /// The anonymised text, the masked spans (JSON), the stance and its cues (JSON) of one statement.
    func prepare(_ incoming: IncomingStatement, detector: PersonalDataDetector) -> (anonymized: String, spans: String, stance: String, cues: String) {
        var known: [(kind: PersonalDataKind, value: String)] = []
        if let name = incoming.name { known.append((.name, name)) }
        if let address = incoming.address { known.append((.address, address)) }
        if let email = incoming.email { known.append((.email, email)) }
        let spans = PersonalDataDetector.merge(detector.detect(incoming.text) + PersonalDataDetector.spans(ofKnown: known, in: incoming.text))
        let anonymized = PersonalDataDetector.anonymize(incoming.text, spans: spans)
        let stance = support.stance.decide(anonymized)
        return (anonymized, Self.json(spans), stance.stance.rawValue, Self.json(stance.cues))
    }

    /// Stores statements in arrival order inside one transaction, queues the analysis, and writes one audit event.
    func store(_ incoming: [IncomingStatement], in participation: ParticipationModel, actor: (id: UUID?, label: String),
               auditAction: String, auditPayload: [String: String]) async throws -> [StatementModel] {
        // One detector per parallel chunk: threads sharing one NSRegularExpression wait for each other.
        let prepared = ParallelMap.map(incoming, perChunk: {
            let detector = incoming.count > 256 ? PersonalDataDetector() : support.detector
            return { prepare($0, detector: detector) }
        })
        var stored: [StatementModel] = []
        for attempt in 1...3 {
            do {
                stored = try await database.transaction { db in
                    let scope = TenantScope(authorityID: participation.authorityID, database: db)
                    let last = try await scope.query(StatementModel.self).filter(\.$participationID == participation.id!).max(\.$sequence) ?? 0
                    var models: [StatementModel] = []
                    for (offset, statement) in incoming.enumerated() {
                        let facts = prepared[offset]
                        let model = StatementModel(
                            authorityID: participation.authorityID, participationID: participation.id!, receiptNumber: "STN-" + Self.randomCode(8),
                            channel: statement.channel.rawValue, text: statement.text, anonymizedText: facts.anonymized, personalData: facts.spans,
                            stance: facts.stance, stanceCues: facts.cues, sequence: last + offset + 1, receivedAt: statement.receivedAt
                        )
                        model.authorName = statement.name
                        model.authorAddress = statement.address
                        model.authorEmail = statement.email
                        model.externalID = statement.externalID
                        model.clientHash = statement.clientHash
                        try await scope.create(model)
                        for attachment in statement.attachments {
                            let sha = try services.documents.put(attachment.data)
                            try await scope.create(StatementAttachmentModel(
                                authorityID: participation.authorityID, statementID: model.id!, fileName: String(attachment.fileName.prefix(200)),
                                mediaType: attachment.format.mediaType, sizeBytes: attachment.data.count, sha256: sha
                            ))
                        }
                        models.append(model)
                    }
                    try await services.audit(
                        AuditEntry(authorityID: participation.authorityID, actorID: actor.id, actorLabel: actor.label, action: auditAction,
                                   subjectType: "participation", subjectID: participation.id!.uuidString, payload: auditPayload),
                        at: services.now(), on: db
                    )
                    try await queueAnalysis(participation, on: db)
                    return models
                }
                break
            } catch where attempt < 3 && Self.isUniqueViolation(error) {
                continue // two arrivals took the same sequence number or receipt; take the next ones
            }
        }
        return stored
    }

    /// One pending analysis per participation is enough: it reads every statement when it runs.
    func queueAnalysis(_ participation: ParticipationModel, on db: any Database) async throws {
        let subject = participation.id!.uuidString
        let pending = try await JobModel.query(on: db).filter(\.$kind == Self.analysisJobKind).filter(\.$subject == subject)
            .filter(\.$state == .queued).count()
        if pending == 0 {
            try await JobQueue.enqueue(kind: Self.analysisJobKind, subject: subject, authorityID: participation.authorityID, at: services.now(), on: db)
        }
    }

    // MARK: The public form

    /// The form's timing token: when it was shown, signed with the participation's secret.
    func formToken(for participation: ParticipationModel) -> String {
        let shown = String(Int(services.now().timeIntervalSince1970))
        return shown + "." + Self.keyedHash("form|" + shown, secret: participation.formSecret)
    }

    func shownAt(token: String?, participation: ParticipationModel) -> Date? {
        guard let token, token.count < 200 else { return nil }
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seconds = Int(parts[0]),
              SecretToken.equal(parts[1], Self.keyedHash("form|" + parts[0], secret: participation.formSecret))
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Checks period, spam guard, limits and rate, then stores the statement; errors carry German messages.
    func submitPublic(slug: String, submission: StatementSubmission, token: String?, honeypot: String?, client: String) async throws -> StatementModel {
        let (participation, authority) = try await publicParticipation(slug: slug)
        let period = Self.period(participation)
        switch period.state(on: today(in: authority)) {
        case .upcoming: throw AppError(.conflict, "Stellungnahmen sind erst ab dem \(period.firstDay.german) möglich.")
        case .closed: throw AppError(.conflict, "Die Frist für Stellungnahmen ist am \(period.lastDay.german) abgelaufen. Das Formular ist geschlossen.")
        case .open: break
        }
        guard phase(of: participation)?.phase.audience != .agencies else {
            throw AppError(.conflict, "In dieser Phase werden nur Behörden und Träger öffentlicher Belange beteiligt.")
        }
        switch StatementSubmission.spamVerdict(honeypot: honeypot, shownAt: shownAt(token: token, participation: participation), now: services.now()) {
        case .human: break
        case .automated: throw AppError(.validation, "Ihre Stellungnahme konnte nicht angenommen werden: Das Formular wurde zu schnell oder automatisch ausgefüllt. Bitte warten Sie einige Sekunden und senden Sie es erneut.")
        case .stale: throw AppError(.validation, "Das Formular ist abgelaufen. Bitte laden Sie die Seite neu; Ihr Text bleibt erhalten.")
        }
        let problems = submission.problems()
        guard problems.isEmpty else { throw AppError(.validation, "Bitte korrigieren Sie die markierten Angaben.", fieldErrors: problems) }
        let clientHash = Self.keyedHash("client|" + client, secret: participation.formSecret)
        let recent = try await TenantScope(authorityID: participation.authorityID, database: database).query(StatementModel.self)
            .filter(\.$participationID == participation.id!).filter(\.$clientHash == clientHash)
            .filter(\.$receivedAt > services.now().addingTimeInterval(-3_600)).count()
        guard recent < Self.submissionsPerHour else {
            throw AppError(.tooManyRequests, "Von Ihrem Anschluss sind in der letzten Stunde bereits \(Self.submissionsPerHour) Stellungnahmen eingegangen. Bitte versuchen Sie es später erneut oder schreiben Sie an die Behörde.")
        }
        let incoming = IncomingStatement(text: submission.text, name: submission.name, address: submission.address, email: submission.email,
                                         channel: .online, receivedAt: services.now(), attachments: submission.checkedAttachments, clientHash: clientHash)
        let stored = try await store([incoming], in: participation, actor: (nil, "Öffentlichkeit (Online-Formular)"),
                                     auditAction: "participation.statementReceived", auditPayload: ["channel": "online"])
        guard let statement = stored.first else { throw AppError(.internal, "Die Stellungnahme konnte nicht gespeichert werden.") }
        return statement
    }

    // MARK: Import

    struct ImportReport: Sendable {
        var imported: Int
        var skippedKnown: Int
        var problems: [StatementImportError]
    }

    /// Stores imported statements for staff; records whose external id was imported before are skipped.
    func importStatements(_ result: StatementImportResult, into participationID: UUID, source: String, tenant: TenantContext) async throws -> ImportReport {
        try AppError.check(Permissions.decide(.manageParticipations, by: tenant.principal.actor))
        let participation = try await require(participationID, tenant: tenant)
        return try await importStatements(result, into: participation, source: source, actor: (tenant.principal.userID, tenant.principal.email))
    }

    func importStatements(_ result: StatementImportResult, into participation: ParticipationModel, source: String,
                          actor: (id: UUID?, label: String)) async throws -> ImportReport {
        guard result.statements.count <= Self.maxImportedStatements else {
            throw AppError(.validation, "Höchstens \(Self.maxImportedStatements) Stellungnahmen je Import.")
        }
        let known = Set(try await TenantScope(authorityID: participation.authorityID, database: database).query(StatementModel.self)
            .filter(\.$participationID == participation.id!).filter(\.$externalID != nil).all(\.$externalID).compactMap { $0 })
        var seen = known
        var incoming: [IncomingStatement] = []
        var problems = result.problems
        for (index, record) in result.statements.enumerated() {
            if let id = record.externalID, !seen.insert(id).inserted { continue }
            guard let channel = StatementChannel(rawValue: record.channel) else {
                problems.append(StatementImportError(source: source, line: index + 1, message: "Unbekannter Eingangsweg „\(record.channel)“."))
                continue
            }
            var attachments: [StatementSubmission.CheckedAttachment] = []
            for attachment in record.attachments {
                if case .success(let format) = DocumentFormat.detect(attachment.data) {
                    attachments.append(.init(fileName: attachment.fileName, format: format, data: attachment.data))
                } else {
                    problems.append(StatementImportError(source: source, line: index + 1, message: "Anlage „\(attachment.fileName)“ ist kein PDF oder Bild und wurde nicht übernommen."))
                }
            }
            incoming.append(IncomingStatement(
                text: String(record.text.prefix(Self.maxImportedText)), name: record.authorName, address: record.authorAddress, email: record.authorEmail,
                channel: channel, externalID: record.externalID, receivedAt: record.receivedAt ?? services.now(), attachments: attachments
            ))
        }
        let skipped = result.statements.count - incoming.count - (problems.count - result.problems.count)
        if !incoming.isEmpty {
            _ = try await store(incoming, in: participation, actor: actor, auditAction: "participation.statementsImported",
                                auditPayload: ["source": String(source.prefix(200)), "count": String(incoming.count)])
        }
        return ImportReport(imported: incoming.count, skippedKnown: max(0, skipped), problems: problems)
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error).lowercased()
        return text.contains("unique") || text.contains("duplicate key")
    }
}
