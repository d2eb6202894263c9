// `zuegig plan read|check|import`: development plans from XPlanGML and the check of a project
// against them, printing JSON (schema: docs/plan-check.schema.json).
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigGeo

struct Plan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read XPlanGML development plans and check projects against them.",
        subcommands: [Read.self, Check.self, Import.self]
    )

    static func loadPlan(_ path: String) throws -> DevelopmentPlan {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("Datei \(path) nicht gefunden.") }
        do {
            return try XPlanGMLReader.read(data)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The setback rule for a Land from the rules file (default ./Rules/setbacks.json; MBO when absent).
    static func setbackRule(land: String?, rulesPath: String?) throws -> SetbackRule {
        let path = rulesPath ?? ProcessInfo.processInfo.environment["ZUEGIG_SETBACK_RULES"] ?? "./Rules/setbacks.json"
        guard let data = FileManager.default.contents(atPath: path) else {
            if rulesPath != nil { throw ValidationError("Regeldatei \(path) nicht gefunden.") }
            return .model
        }
        let rules = try SetbackRule.load(data)
        let wanted = (land ?? "MBO").uppercased()
        guard let rule = rules.first(where: { $0.land.uppercased() == wanted }) else {
            throw ValidationError("Für das Land \(wanted) gibt es keine Abstandsflächenregel; vorhanden: \(rules.map(\.land).joined(separator: ", ")).")
        }
        return rule
    }

    struct Read: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Read an XPlanGML file and print what was found (features, unknown elements, warnings).")

        @Argument(help: "XPlanGML file (5.0 to 6.0).")
        var file: String

        func run() throws {
            let plan = try Plan.loadPlan(file)
            try JSONOutput.print(PlanSummaryOutput.json(plan))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a project (JSON or GeoJSON) against a plan and print the findings as JSON.")

        @Option(help: "XPlanGML file of the development plan.")
        var plan: String

        @Option(help: "Project data: our JSON format or a GeoJSON FeatureCollection (see docs/plan-check.md).")
        var project: String

        @Option(help: "Land whose setback rule applies (MBO, BE, BB, BY, NW, HH, BW); default: the project's, else MBO.")
        var land: String?

        @Option(help: "Setback rules file (default: $ZUEGIG_SETBACK_RULES or ./Rules/setbacks.json).")
        var rules: String?

        @Option(help: "Also write the SVG map to this file.")
        var map: String?

        func run() throws {
            let developmentPlan = try Plan.loadPlan(plan)
            guard let data = FileManager.default.contents(atPath: project) else { throw ValidationError("Datei \(project) nicht gefunden.") }
            let projectData: Project
            do { projectData = try ProjectReader.read(data) } catch { throw ValidationError(error.description) }
            let rule = try Plan.setbackRule(land: land ?? projectData.land, rulesPath: rules)
            let result = PlanChecker(setbackRule: rule).check(projectData, against: developmentPlan)
            if let map {
                let svg = PlanMap.svg(plan: developmentPlan, project: projectData, result: result)
                try Data(svg.utf8).write(to: URL(fileURLWithPath: map))
            }
            try JSONOutput.print(.encodable(PlanCheckReport(result)))
        }
    }
}
