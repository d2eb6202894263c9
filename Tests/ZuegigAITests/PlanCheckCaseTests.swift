// Hand-computed plan-check cases against the demo plan (Demo/bplan-am-lindenweg.gml): each case in
// PlanCases/cases.json holds a project with coordinates relative to the plan origin, the arithmetic
// behind its expectations (`why`), and the findings it must produce, or the error bad input must raise.
import Foundation
import Testing
@testable import ZuegigAI
import ZuegigGeo

struct PlanCheckCaseTests {
    /// One case from the file: its name (shown as the test argument) and its raw JSON.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let json: Data

        var testDescription: String { name }
    }

    /// The parts of a case the assertions read; the project stays raw JSON for `ProjectReader`.
    struct Spec: Decodable {
        struct Expectation: Decodable {
            let check: String
            let status: FindingStatus
            let measured: Double?
            let limit: Double?
            let building: String?
        }

        let name: String
        let why: String
        let land: String
        let expect: [Expectation]?
        let expectError: String?
        let zone: String?
        let siteAreaInZone: Double?
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let planURL = root.appendingPathComponent("Demo/bplan-am-lindenweg.gml")
    static let rulesURL = root.appendingPathComponent("Rules/setbacks.json")
    static let casesURL = root.appendingPathComponent("Tests/ZuegigAITests/PlanCases/cases.json")
    /// The demo plan's origin; case coordinates are relative to it.
    static let origin = (x: 390_000.0, y: 5_819_000.0)
    static let tolerance = 0.01

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: casesURL),
              let list = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else { return [] }
        return list.compactMap { item in
            guard let name = item["name"] as? String, let json = try? JSONSerialization.data(withJSONObject: item) else { return nil }
            return Case(name: name, json: json)
        }
    }()

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func handComputedCase(_ testCase: Case) throws {
        let spec = try JSONDecoder().decode(Spec.self, from: testCase.json)
        let projectData = try Self.projectData(from: testCase.json)
        if let expectedError = spec.expectError {
            do {
                _ = try ProjectReader.read(projectData)
                Issue.record("\(spec.name): expected an error containing \"\(expectedError)\" (\(spec.why))")
            } catch {
                #expect(error.description.contains(expectedError), "\(spec.name): \(error.description)")
            }
            return
        }
        let project = try ProjectReader.read(projectData)
        let plan = try XPlanGMLReader.read(try Data(contentsOf: Self.planURL))
        let rules = try SetbackRule.load(try Data(contentsOf: Self.rulesURL))
        let rule = try #require(rules.first { $0.land == spec.land }, "no setback rule for \(spec.land)")
        let result = PlanChecker(setbackRule: rule).check(project, against: plan)

        if let zone = spec.zone {
            #expect(result.zone?.type == zone, "\(spec.name): zone \(result.zone?.type ?? "none")")
        }
        if let area = spec.siteAreaInZone {
            let measured = try #require(result.zone?.siteAreaInZone, "\(spec.name): no zone")
            #expect(abs(measured - area) <= Self.tolerance, "\(spec.name): siteAreaInZone \(measured), expected \(area) (\(spec.why))")
        }
        let expectations = try #require(spec.expect, "\(spec.name): neither expect nor expectError")
        for expected in expectations {
            let candidates = result.findings.filter { $0.check == expected.check && (expected.building == nil || $0.building == expected.building) }
            let found = candidates.contains { Self.matches($0, expected) }
            let got = candidates.map { "\($0.status.rawValue) measured \($0.measured.map { "\($0)" } ?? "–") limit \($0.limit.map { "\($0)" } ?? "–")" }
            #expect(found, """
                \(spec.name): expected \(expected.check) \(expected.status.rawValue) measured \(expected.measured.map { "\($0)" } ?? "–") \
                limit \(expected.limit.map { "\($0)" } ?? "–")\(expected.building.map { " for \($0)" } ?? ""); \
                got \(got.isEmpty ? "no such finding" : got.joined(separator: ", ")). Why: \(spec.why)
                """)
        }
    }

    static func matches(_ finding: PlanFinding, _ expected: Spec.Expectation) -> Bool {
        guard finding.status == expected.status else { return false }
        if let measured = expected.measured {
            guard let value = finding.measured, abs(value - measured) <= tolerance else { return false }
        }
        if let limit = expected.limit {
            guard let value = finding.limit, abs(value - limit) <= tolerance else { return false }
        }
        return true
    }

    /// The case's project as JSON with every coordinate pair moved from plan-relative to EPSG:25833.
    static func projectData(from caseJSON: Data) throws -> Data {
        let root = try #require(try JSONSerialization.jsonObject(with: caseJSON) as? [String: Any])
        var project = try #require(root["project"] as? [String: Any], "case without project")
        project["site"] = shiftedGeometry(project["site"])
        for (key, geometryKey) in [("buildings", "footprint"), ("ancillaryAreas", "geometry"), ("roads", "centerline")] {
            guard let items = project[key] as? [[String: Any]] else { continue }
            project[key] = items.map { item in
                var item = item
                if let geometry = item[geometryKey] { item[geometryKey] = shiftedGeometry(geometry) }
                return item
            }
        }
        return try JSONSerialization.data(withJSONObject: project)
    }

    static func shiftedGeometry(_ value: Any?) -> Any? {
        guard var geometry = value as? [String: Any], let coordinates = geometry["coordinates"] else { return value }
        geometry["coordinates"] = shifted(coordinates)
        return geometry
    }

    /// Adds the origin to every [x, y] pair in nested coordinate arrays.
    static func shifted(_ value: Any) -> Any {
        guard let list = value as? [Any] else { return value }
        let numbers = list.compactMap { ($0 as? NSNumber)?.doubleValue }
        if list.count >= 2, numbers.count == list.count {
            return [numbers[0] + origin.x, numbers[1] + origin.y] + numbers.dropFirst(2)
        }
        return list.map(shifted)
    }
}
