// What the plan check needs at run time: the setback rules per Land and a cache of decoded plans
// (plans never change after import, so a plan id is a safe key).
import Foundation
import Logging
import ZuegigAI
import ZuegigGeo

public struct PlanningSupport: Sendable {
    public let setbackRules: [SetbackRule]
    let cache: PlanCache

    public init(setbackRules: [SetbackRule], cache: PlanCache = PlanCache()) {
        self.setbackRules = setbackRules
        self.cache = cache
    }

    /// Reads the rules file; a missing file falls back to the model building code (logged), a
    /// broken one stops the start.
    static func load(config: AppConfig, logger: Logger) throws -> PlanningSupport {
        guard let data = FileManager.default.contents(atPath: config.setbackRulesPath) else {
            logger.warning("setback rules not found, using the model building code (§ 6 MBO)", metadata: ["path": .string(config.setbackRulesPath)])
            return PlanningSupport(setbackRules: [.model])
        }
        do {
            return PlanningSupport(setbackRules: try SetbackRule.load(data))
        } catch {
            throw ConfigurationError(message: "setback rules in \(config.setbackRulesPath) are invalid: \(error)")
        }
    }

    /// The rule of a Land; the model code when the Land has none.
    public func rule(for land: String) -> SetbackRule {
        setbackRules.first { $0.land.uppercased() == land.uppercased() } ?? setbackRules.first { $0.land == "MBO" } ?? .model
    }
}

/// Decoded plans by id, at most `limit` of them.
public final class PlanCache: @unchecked Sendable {
    private let lock = NSLock()
    private var plans: [UUID: DevelopmentPlan] = [:]
    private var order: [UUID] = []
    let limit = 16

    public init() {}

    func plan(_ id: UUID, json: String) throws -> DevelopmentPlan {
        if let plan = lock.withLock({ plans[id] }) { return plan }
        let plan = try JSONDecoder().decode(DevelopmentPlan.self, from: Data(json.utf8))
        lock.withLock {
            plans[id] = plan
            order.append(id)
            if order.count > limit { plans[order.removeFirst()] = nil }
        }
        return plan
    }
}
