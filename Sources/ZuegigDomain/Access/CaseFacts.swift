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

    public init(
        authorityID: UUID, applicantID: UUID, architectID: UUID? = nil, step: CaseStep,
        consultedAgencyIDs: Set<UUID> = [], decisionDrafterID: UUID? = nil
    ) {
        self.authorityID = authorityID
        self.applicantID = applicantID
        self.architectID = architectID
        self.step = step
        self.consultedAgencyIDs = consultedAgencyIDs
        self.decisionDrafterID = decisionDrafterID
    }
}
