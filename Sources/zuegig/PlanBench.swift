// `zuegig bench plan`: reading a large generated XPlanGML plan, checking a project against it, and
// the geometric operations the check uses (area, containment, wall strips as one-sided buffers) on
// the same polygons shapely gets in bench/plan_shapely.py.
import ArgumentParser
import Foundation
import ZuegigAI
import ZuegigGeo

extension Bench {
    struct PlanBench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", abstract: "Plan import and check on a generated plan (bench/generate_plan.py).")
        @Option(help: "XPlanGML file.") var plan: String
        @Option(help: "Project JSON.") var project: String
        @Option(help: "Polygons JSON written by bench/generate_plan.py.") var polygons: String
        @Option(help: "Repetitions of the check.") var repeats = 50

        func run() async throws {
            guard let gml = FileManager.default.contents(atPath: plan), let projectData = FileManager.default.contents(atPath: project),
                  let polygonData = FileManager.default.contents(atPath: polygons) else { throw ValidationError("Eingabedatei fehlt.") }
            let clock = ContinuousClock()
            var imports: [Double] = []
            var developmentPlan: DevelopmentPlan?
            for _ in 0..<3 {
                imports.append(try clock.measure { developmentPlan = try XPlanGMLReader.read(gml) }.seconds)
            }
            guard let developmentPlan else { return }
            let projectValue = try ProjectReader.read(projectData)
            let checker = PlanChecker()
            var checks: [Double] = []
            var findings = 0
            for _ in 0..<repeats {
                checks.append(clock.measure { findings = checker.check(projectValue, against: developmentPlan).findings.count }.seconds)
            }
            // The same operations as bench/plan_shapely.py, on the same polygons.
            let object = try JSONSerialization.jsonObject(with: polygonData) as? [String: Any] ?? [:]
            let rings = (object["polygons"] as? [[[Double]]] ?? []).map { Polygon(exterior: Ring(unchecked: $0.map { Point($0[0], $0[1]) })) }
            let footprint = Polygon(exterior: Ring(unchecked: (object["footprint"] as? [[Double]] ?? []).map { Point($0[0], $0[1]) }))
            let depth = object["depth"] as? Double ?? 3
            var total = 0.0
            let area = clock.measure { total = rings.reduce(0) { $0 + $1.area } }.seconds
            var inside = 0
            let footprintRegion = footprint.region
            let containment = clock.measure {
                for polygon in rings where footprintRegion.areaOutside(polygon.region) <= PlanChecker.areaTolerance { inside += 1 }
            }.seconds
            var stripArea = 0.0
            let buffer = clock.measure {
                for polygon in rings { stripArea += WallStrip.strips(of: polygon, depth: depth).reduce(0) { $0 + $1.polygon.area } }
            }.seconds
            try JSONOutput.print(.object([
                "features": .int(developmentPlan.features.count), "bytes": .int(gml.count),
                "importMedianSeconds": .double(Self.median(imports)), "checkMedianSeconds": .double(Self.median(checks)), "findings": .int(findings),
                "polygons": .int(rings.count), "areaSeconds": .double(area), "totalArea": .double(total),
                "containmentSeconds": .double(containment), "containing": .int(inside),
                "bufferSeconds": .double(buffer), "stripArea": .double(stripArea),
            ]))
        }

        static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    }
}
