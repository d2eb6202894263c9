// Reads an action form of the case page and runs it through the same flow as the API.
import Foundation
import Vapor
import ZuegigDomain

struct CaseFormAction {
    let req: Request
    let principal: Principal
    let caseID: UUID

    func field(_ name: String) -> String? { try? req.content.get(String.self, at: name) }
    func lines(_ name: String) -> [String] { (field(name) ?? "").split(whereSeparator: \.isNewline).map(String.init) }
    func queryID(_ name: String) throws -> UUID {
        guard let text = try? req.query.get(String.self, at: name), let id = UUID(uuidString: text) else {
            throw AppError(.notFound, "Der Bezug der Aktion fehlt.")
        }
        return id
    }

    struct AgencyChoice: Content {
        let agencies: [String]?
    }

    func perform(_ action: CaseAction) async throws {
        let flow = req.flow
        switch action {
        case .submit, .supplyDocuments:
            _ = try await flow.submit(caseID, by: principal)
        case .markComplete:
            _ = try await flow.markComplete(caseID, by: principal)
        case .requestDeficiencies:
            let due = field("dueDate").flatMap { $0.isEmpty ? nil : $0 }
            _ = try await flow.requestDeficiencies(caseID, DeficiencyRequestInput(items: lines("items"), message: field("message"), dueDate: due), by: principal)
        case .startConsultation:
            let chosen = ((try? req.content.decode(AgencyChoice.self))?.agencies ?? []).compactMap(UUID.init(uuidString:))
            _ = try await flow.startConsultation(caseID, ConsultationInput(agencies: chosen), by: principal)
        case .submitStatement:
            _ = try await flow.submitStatement(caseID, consultation: try queryID("beteiligung"),
                                               StatementInput(verdict: field("verdict") ?? "", text: field("text") ?? "", conditions: lines("conditions")), by: principal)
        case .assess:
            _ = try await flow.assess(caseID, AssessmentInput(note: field("note") ?? ""), by: principal)
        case .draftDecision:
            _ = try await flow.draftDecision(caseID, DecisionDraftInput(outcome: field("outcome") ?? "", conditions: lines("conditions"),
                                                                        adoptStatementConditions: false, reasons: field("reasons") ?? ""), by: principal)
        case .approveDecision:
            _ = try await flow.approveDecision(caseID, by: principal)
        case .notifyConstructionStart:
            _ = try await flow.notifyConstructionStart(caseID, ConstructionStartInput(startDate: field("startDate") ?? ""), by: principal)
        case .recordInspection:
            _ = try await flow.recordInspection(caseID, inspection: try queryID("abnahme"),
                                                InspectionInput(result: field("result") ?? "", findings: field("findings")), by: principal)
        case .notifyCompletion:
            _ = try await flow.notifyCompletion(caseID, by: principal)
        case .archive:
            _ = try await flow.archive(caseID, by: principal)
        case .withdraw:
            _ = try await flow.withdraw(caseID, by: principal)
        case .view, .updateDraft, .uploadDocument:
            throw AppError(.notFound, "Diese Aktion gibt es als Formular nicht.")
        }
    }
}
