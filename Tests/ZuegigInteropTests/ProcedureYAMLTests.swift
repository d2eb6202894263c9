// The shipped procedure files load; broken files are reported with file, line and problem.
import Foundation
import Testing
import ZuegigDomain
@testable import ZuegigInterop

struct ProcedureYAMLTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Procedures").path

    @Test func theShippedProceduresLoadAndCiteTheirSources() throws {
        let procedures = try ProcedureYAML.loadDirectory(Self.folder)
        #expect(Set(procedures.map(\.id)) == ["mbo-regulaer", "mbo-vereinfacht", "be-regulaer", "be-vereinfacht"])
        for procedure in procedures {
            #expect(procedure.deadlines.allSatisfy { !$0.legalBasis.isEmpty })
            #expect(procedure.documents.allSatisfy { !$0.legalBasis.isEmpty })
            #expect(!procedure.transitions(for: .approveDecision).isEmpty)
        }
        let berlin = try #require(procedures.first { $0.id == "be-vereinfacht" })
        #expect(berlin.land == .BE)
        #expect(berlin.deadlines.contains { $0.onExpiry == .deemedApproval && $0.legalBasis.contains("§ 69") })
        let regularBerlin = try #require(procedures.first { $0.id == "be-regulaer" })
        #expect(!regularBerlin.deadlines.contains { $0.onExpiry == .deemedApproval }, "no deemed approval in the regular procedure")
    }

    static let valid = """
    id: mini
    name: Mini
    jurisdiction: BE
    legalBasis: "§ 1"
    steps:
      - { id: draft }
      - { id: submitted }
    transitions:
      - { action: submit, from: [draft], to: submitted, by: [applicant] }
    deadlines: []
    documents: []
    fee: { perMille: 1, minimumEuros: 10, legalBasis: "§ 2" }
    inspections: []
    """

    @Test func aSmallValidFileLoads() throws {
        let procedure = try ProcedureYAML.parse(Self.valid, file: "mini.yaml")
        #expect(procedure.transitions.count == 1)
    }

    @Test("broken files name the line and the problem", arguments: [
        ("steps:\n  - { id: draft\n", 3, "YAML syntax"),
        (valid.replacingOccurrences(of: "to: submitted", with: "to: decided"), 9, "not declared"),
        (valid.replacingOccurrences(of: "action: submit", with: "action: fly"), 9, "fly"),
        (valid.replacingOccurrences(of: "name: Mini\n", with: ""), nil, "'name' is missing"),
        (valid.replacingOccurrences(of: "perMille: 1", with: "perMille: viel"), 12, "perMille"),
        (valid.replacingOccurrences(of: "jurisdiction: BE", with: "jurisdiction: XY"), 3, "jurisdiction"),
    ])
    func broken(text: String, line: Int?, problem: String) {
        #expect {
            _ = try ProcedureYAML.parse(text, file: "kaputt.yaml")
        } throws: { error in
            guard let error = error as? ProcedureLoadError else { return false }
            let lineMatches = line == nil || error.line == line
            return error.file == "kaputt.yaml" && lineMatches && error.description.contains(problem)
        }
    }
}
