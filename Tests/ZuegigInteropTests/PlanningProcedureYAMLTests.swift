// The planning procedure files (participation phases) load; broken ones are reported with their line and problem.
import Foundation
import Testing
import ZuegigDomain
@testable import ZuegigInterop

struct PlanningProcedureYAMLTests {
    static let procedures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Procedures")
    static let planning = procedures.appendingPathComponent("planning")

    @Test func theShippedPlanningProceduresLoadWithTheirStatutoryPeriods() throws {
        let definitions = try ProcedureYAML.loadPlanningDirectory(Self.planning.path)

        #expect(definitions.map(\.id) == ["baugb-bebauungsplan", "vwvfg-planfeststellung"])
        let bebauungsplan = try #require(definitions.first { $0.id == "baugb-bebauungsplan" })
        let formal = try #require(bebauungsplan.phase("formal-public"))
        #expect(formal.audience == .public)
        #expect(formal.length == DeadlineLength(1, .months))
        #expect(formal.minimumDays == 30)
        #expect(formal.extensionDays == 0)
        #expect(formal.legalBasis.contains("§ 3 Abs. 2"))
        let planfeststellung = try #require(definitions.first { $0.id == "vwvfg-planfeststellung" })
        let hearing = try #require(planfeststellung.phase("hearing-public"))
        #expect(hearing.audience == .public)
        #expect(hearing.length == DeadlineLength(1, .months))
        #expect(hearing.extensionDays == 14)
        #expect(hearing.minimumDays == 0)
        for definition in definitions {
            #expect(definition.problems.isEmpty, "\(definition.id): \(definition.problems)")
            #expect(definition.phases.allSatisfy { !$0.legalBasis.isEmpty }, "every period cites its source")
            #expect(definition.phases.contains { $0.audience == .agencies }, "\(definition.id) also asks the agencies")
        }
    }

    @Test func thePermitProceduresStillLoadBesideThePlanningFolder() throws {
        let procedures = try ProcedureYAML.loadDirectory(Self.procedures.path)

        #expect(Set(procedures.map(\.id)) == ["mbo-regulaer", "mbo-vereinfacht", "be-regulaer", "be-vereinfacht"])
    }

    // Line numbers of the broken variants below refer to this text (line 1 is `id:`).
    static let valid = """
    id: mini-plan
    name: Mini-Bebauungsplan
    jurisdiction: BauGB
    legalBasis: "§ 3 BauGB"
    phases:
      - id: early
        label: Frühzeitige Beteiligung
        audience: public
        length: { value: 3, unit: weeks }
        legalBasis: "§ 3 Abs. 1 BauGB"
      - id: formal
        label: Förmliche Beteiligung
        audience: agencies
        length: { value: 1, unit: months }
        minimumDays: 30
        legalBasis: "§ 4 Abs. 2 BauGB"
    """

    @Test func aSmallValidFileLoads() throws {
        let definition = try ProcedureYAML.parsePlanning(Self.valid, file: "mini.yaml")

        #expect(definition.phases.map(\.id) == ["early", "formal"])
        #expect(definition.phases.map(\.minimumDays) == [0, 30])
        #expect(definition.phases.map(\.extensionDays) == [0, 0])
        #expect(definition.phases.map(\.length) == [DeadlineLength(3, .weeks), DeadlineLength(1, .months)])
    }

    struct BrokenCase: Sendable, CustomTestStringConvertible {
        var why: String
        var text: String
        var line: Int
        /// Pieces the problem must contain to tell the author what to fix.
        var problem: [String]

        var testDescription: String { why }
    }

    static func without(_ lines: ClosedRange<Int>) -> String {
        valid.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { !lines.contains($0.offset + 1) }.map { String($0.element) }.joined(separator: "\n")
    }

    static let broken: [BrokenCase] = [
        BrokenCase(why: "no phases at all", text: without(5...16), line: 1, problem: ["'phases' is missing"]),
        BrokenCase(why: "an empty list of phases", text: without(6...16).replacingOccurrences(of: "phases:", with: "phases: []"),
                   line: 5, problem: ["at least one phase"]),
        BrokenCase(why: "a period of length 0", text: valid.replacingOccurrences(of: "value: 3", with: "value: 0"),
                   line: 9, problem: ["longer than zero"]),
        BrokenCase(why: "an audience that does not exist", text: valid.replacingOccurrences(of: "audience: agencies", with: "audience: citizens"),
                   line: 13, problem: ["citizens", "phases.1.audience"]),
        BrokenCase(why: "a unit that does not exist", text: valid.replacingOccurrences(of: "unit: weeks", with: "unit: fortnights"),
                   line: 9, problem: ["fortnights", "phases.0.length.unit"]),
        BrokenCase(why: "a phase without a label", text: without(7...7), line: 6, problem: ["'label' is missing", "phases.0"]),
        // The missing '}' can only be noticed where the next key starts.
        BrokenCase(why: "a flow mapping that is never closed",
                   text: valid.replacingOccurrences(of: "length: { value: 1, unit: months }", with: "length: { value: 1, unit: months"),
                   line: 15, problem: ["YAML syntax"]),
        BrokenCase(why: "a key indented one space too few",
                   text: valid.replacingOccurrences(of: "    audience: public", with: "   audience: public"),
                   line: 8, problem: ["YAML syntax"]),
        BrokenCase(why: "a tab used for indentation", text: valid.replacingOccurrences(of: "    minimumDays: 30", with: "\tminimumDays: 30"),
                   line: 15, problem: ["YAML syntax"]),
    ]

    @Test("broken planning files name the line and the problem", arguments: broken)
    func brokenFile(_ example: BrokenCase) {
        let error = #expect(throws: ProcedureLoadError.self) {
            _ = try ProcedureYAML.parsePlanning(example.text, file: "kaputt.yaml")
        }

        #expect(error?.file == "kaputt.yaml")
        #expect(error?.line == example.line, "\(error?.description ?? "")")
        for piece in example.problem {
            #expect(error?.problem.contains(piece) == true, "\(error?.description ?? "") should mention \(piece)")
        }
    }

    @Test func aDuplicatePhaseIdIsReported() {
        let text = Self.valid.replacingOccurrences(of: "id: formal", with: "id: early")

        let error = #expect(throws: ProcedureLoadError.self) {
            _ = try ProcedureYAML.parsePlanning(text, file: "kaputt.yaml")
        }

        #expect(error?.problem.contains("used twice") == true, "\(error?.description ?? "")")
        // The second `id: early` (line 11) is the one to change, and the message should say which id it is.
        #expect(error?.line == 11, "\(error?.description ?? "")")
        #expect(error?.problem.contains("early") == true, "\(error?.description ?? "")")
    }

    @Test func anUnknownJurisdictionIsReported() {
        let text = Self.valid.replacingOccurrences(of: "jurisdiction: BauGB", with: "jurisdiction: XY")

        // The definition documents BauGB, VwVfG or a Land code; "XY" leaves the procedure without a holiday calendar.
        let error = #expect(throws: ProcedureLoadError.self) {
            _ = try ProcedureYAML.parsePlanning(text, file: "kaputt.yaml")
        }
        #expect(error?.line == 3)
    }

    @Test func twoFilesWithTheSameIdInOneFolderAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planning-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.valid.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try Self.valid.write(to: folder.appendingPathComponent("b.yml"), atomically: true, encoding: .utf8)
        try "nicht einlesen".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let error = #expect(throws: ProcedureLoadError.self) {
            _ = try ProcedureYAML.loadPlanningDirectory(folder.path)
        }

        #expect(error?.file.hasSuffix("b.yml") == true, "\(error?.description ?? "")")
        #expect(error?.line == 1)
        #expect(error?.problem.contains("'mini-plan'") == true)
    }

    @Test func aMissingFolderIsReported() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fehlt-\(UUID().uuidString)").path

        let error = #expect(throws: ProcedureLoadError.self) {
            _ = try ProcedureYAML.loadPlanningDirectory(path)
        }

        #expect(error?.file == path)
        #expect(error?.line == nil)
    }
}
