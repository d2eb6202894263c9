// What the permission check needs to know about a case.
import Foundation

public struct CaseFacts: Sendable, Hashable {
    public let authorityID: UUID
    public let applicantID: UUID
    public let architectID: UUID?
    public let step: CaseStep
    public let consultedAgencyIDs: Set<UUID>
    /// Who drafted the decision; the four-eyes rule keeps them from approving it.
    public let decisionDrafterID: UUID?
    /// The drafted or issued decision, if any.
    public let decisionOutcome: DecisionOutcome?
    /// Gebäudeklasse 1-5 as declared.
    public let buildingClass: Int?
    /// Kinds of the documents uploaded so far.
    public let documentKinds: Set<String>
    /// Recorded inspection results by kind.
    public let inspectionResults: [InspectionRequirement.Kind: InspectionResult]

    public init(
        authorityID: UUID, applicantID: UUID, architectID: UUID? = nil, step: CaseStep,
        consultedAgencyIDs: Set<UUID> = [], decisionDrafterID: UUID? = nil, decisionOutcome: DecisionOutcome? = nil,
        buildingClass: Int? = nil, documentKinds: Set<String> = [], inspectionResults: [InspectionRequirement.Kind: InspectionResult] = [:]
    ) {
        self.authorityID = authorityID
        self.applicantID = applicantID
        self.architectID = architectID
        self.step = step
        self.consultedAgencyIDs = consultedAgencyIDs
        self.decisionDrafterID = decisionDrafterID
        self.decisionOutcome = decisionOutcome
        self.buildingClass = buildingClass
        self.documentKinds = documentKinds
        self.inspectionResults = inspectionResults
    }
}
