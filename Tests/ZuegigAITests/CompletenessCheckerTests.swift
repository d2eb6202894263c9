// Completeness: required documents with conditions, contradictions across documents, unreadable
// documents, and the drafted request.
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct CompletenessCheckerTests {
    let requirements = [
        DocumentRequirement(kind: "lageplan", label: "Lageplan", legalBasis: "§ 3 Nr. 1 MBauVorlV"),
        DocumentRequirement(kind: "baubeschreibung", label: "Baubeschreibung", legalBasis: "§ 68 Abs. 2 MBO"),
        DocumentRequirement(kind: "standsicherheitsnachweis", label: "Standsicherheitsnachweis", legalBasis: "§ 66 Abs. 3 MBO",
                            condition: ProjectCondition(buildingClassAtLeast: 4)),
    ]

    func field(_ field: DocumentField, _ value: Double, page: Int = 1) -> ExtractedField {
        ExtractedField(field: field, value: String(value), number: value, written: String(value), page: page, evidence: "")
    }

    @Test func conditionalDocumentsFollowTheBuildingClassAndAHigherStatedClassWins() {
        let documents = [
            AnalysedDocument(id: "1", name: "lp.pdf", kind: .lageplan),
            AnalysedDocument(id: "2", name: "bb.pdf", kind: .baubeschreibung, fields: [field(.gebaeudeklasse, 4)]),
        ]
        let declaredThree = CompletenessChecker().check(documents: documents, requirements: requirements, declaredBuildingClass: 3)
        #expect(declaredThree.buildingClass == 4)
        #expect(declaredThree.missing.map(\.kind) == ["standsicherheitsnachweis"])
        let withoutClass = CompletenessChecker().check(documents: [documents[0]], requirements: requirements, declaredBuildingClass: nil)
        #expect(withoutClass.missing.map(\.kind) == ["baubeschreibung"])
        #expect(withoutClass.notices.contains { $0.kind == .buildingClassUnknown })
    }

    @Test func contradictionsAreListedWithDocumentAndPage() {
        let documents = [
            AnalysedDocument(id: "1", name: "lp.pdf", kind: .lageplan, fields: [field(.grz, 0.35, page: 2), field(.grundstuecksflaeche, 812)]),
            AnalysedDocument(id: "2", name: "bb.pdf", kind: .baubeschreibung, fields: [field(.grz, 0.42), field(.grundstuecksflaeche, 815)]),
        ]
        let report = CompletenessChecker().check(documents: documents, requirements: requirements, declaredBuildingClass: 2, caseNumber: "BG-2026-0001")
        #expect(report.inconsistencies.map(\.field) == [.grz])
        #expect(report.inconsistencies[0].statements.map(\.page) == [2, 1])
        #expect(report.isComplete == false)
        #expect(report.deficiencyDraft.contains("BG-2026-0001"))
        #expect(report.deficiencyDraft.contains("0,35"))
    }

    @Test func unreadableAndUnclearDocumentsAreSaidNotGuessed() {
        let documents = [
            AnalysedDocument(id: "1", name: "lp.pdf", kind: .lageplan),
            AnalysedDocument(id: "2", name: "scan.tif", kind: nil, textStatus: .unavailable),
            AnalysedDocument(id: "3", name: "x.pdf", kind: nil),
        ]
        let report = CompletenessChecker().check(documents: documents, requirements: requirements, declaredBuildingClass: 1)
        #expect(report.notices.map(\.kind) == [.textUnavailable, .unclearKind])
        #expect(report.notices[0].message.contains("Texterkennung nicht verfügbar"))
        #expect(report.missing.map(\.kind) == ["baubeschreibung"])
    }

    @Test func aCompleteConsistentApplicationNeedsNoLetter() {
        let documents = [AnalysedDocument(id: "1", name: "lp.pdf", kind: .lageplan), AnalysedDocument(id: "2", name: "bb.pdf", kind: .baubeschreibung)]
        let report = CompletenessChecker().check(documents: documents, requirements: requirements, declaredBuildingClass: 2)
        #expect(report.isComplete)
        #expect(report.deficiencyDraft.isEmpty)
    }
}
