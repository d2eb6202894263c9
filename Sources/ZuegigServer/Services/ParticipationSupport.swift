// What participations need at run time: the planning procedure definitions (`Procedures/planning`),
// the department routing rules, one compiled personal-data detector and one set of stance rules.
import Foundation
import Logging
import ZuegigAI
import ZuegigDomain
import ZuegigInterop

public struct ParticipationSupport: Sendable {
    public let procedures: [PlanningProcedureDefinition]
    public let routing: RoutingRules
    public let detector: PersonalDataDetector
    public let stance = StanceRules()

    public init(procedures: [PlanningProcedureDefinition], routing: RoutingRules, detector: PersonalDataDetector = PersonalDataDetector()) {
        self.procedures = procedures
        self.routing = routing
        self.detector = detector
    }

    public func procedure(_ id: String) -> PlanningProcedureDefinition? {
        procedures.first { $0.id == id }
    }

    /// A missing folder or rules file only turns the feature down (logged); a broken file stops the start.
    static func load(config: AppConfig, logger: Logger) throws -> ParticipationSupport {
        let folder = (config.proceduresDirectory as NSString).appendingPathComponent("planning")
        var procedures: [PlanningProcedureDefinition] = []
        if FileManager.default.fileExists(atPath: folder) {
            do {
                procedures = try ProcedureYAML.loadPlanningDirectory(folder)
            } catch {
                throw ConfigurationError(message: "planning procedure definitions are invalid: \(error)")
            }
        } else {
            logger.warning("no planning procedures found; participations cannot be created", metadata: ["path": .string(folder)])
        }
        var routing = RoutingRules(rules: [])
        if let data = FileManager.default.contents(atPath: config.commentRoutingPath) {
            do {
                routing = try RoutingRules.load(data)
            } catch {
                throw ConfigurationError(message: "comment routing rules in \(config.commentRoutingPath) are invalid: \(error)")
            }
        } else {
            logger.warning("comment routing rules not found; clusters get no department suggestion", metadata: ["path": .string(config.commentRoutingPath)])
        }
        return ParticipationSupport(procedures: procedures, routing: routing)
    }
}
