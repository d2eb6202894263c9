// One case: facts, deadlines, documents, consultations, decision, inspections, timeline, and the
// forms of the actions the person may take now.
import Foundation
import Plot
import ZuegigDomain

struct CasePage: Page {
    let context: PageContext
    let detail: CaseDetailDTO
    let documents: [DocumentDTO]
    let events: [CaseEventDTO]
    let agencies: [(id: UUID, name: String)]
    /// The document intake with suggestions (case workers and supervisors only).
    var intake: IntakeOverviewDTO?
    var canReviewIntake = false
    /// The check against the development plan (staff and the applicant's side).
    var planCheck: PlanCheckSection?
    /// The plan check in a few German lines, proposed for the assessment note and the decision's reasons.
    var planSummary: String?
    var error: AppError?

    var item: CaseDTO { detail.summary }
    var title: String { item.number.map { "Vorgang \($0)" } ?? "Antragsentwurf" }
    var path: String { "/vorgaenge/\(item.id.uuidString.lowercased())" }
    func can(_ action: CaseAction) -> Bool { detail.availableActions.contains(action.rawValue) }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(title)),
            FormFields.errorSummary(error.map { $0.fieldErrors.isEmpty ? $0.detail : $0.detail + " " + $0.fieldErrors.values.flatMap { $0 }.joined(separator: " ") }),
            facts(),
            CaseSections.deadlines(detail.deadlines),
            CaseSections.documents(detail, documents, casePath: path, canUpload: can(.uploadDocument), context: context),
            .unwrap(intake) { IntakeSection(intake: $0, casePath: path, context: context, canReview: canReviewIntake).body },
            .unwrap(planCheck) { $0.body },
            CaseSections.deficiencies(detail.deficiencyRequests),
            CaseSections.consultations(detail.consultations),
            CaseSections.decision(detail.decision, casePath: path),
            CaseSections.inspections(detail.inspections),
            CaseActions(page: self).forms(),
            CaseSections.timeline(events),
            .p(.a(.href("/vorgaenge"), "Zurück zur Übersicht"))
        )
    }

    func facts() -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "angaben"),
            .h2(.id("angaben"), "Angaben zum Vorhaben"),
            .dl(
                .class("facts"),
                .dt("Vorhaben"), .dd(.text(item.title)),
                .dt("Baugrundstück"), .dd(.text(item.siteAddress)),
                .dt("Flurstück"), .dd(.text(detail.parcel.isEmpty ? "—" : detail.parcel)),
                .dt("Gebäudeklasse"), .dd(.text(detail.buildingClass.map(String.init) ?? "—")),
                .dt("Baukosten (Angabe)"), .dd(.text(detail.declaredCostCents.map { Money.format(cents: $0) } ?? "—")),
                .dt("Behörde"), .dd(.text(item.authority.name)),
                .dt("Verfahren"), .dd(.text("\(detail.procedureName) (\(detail.procedureLegalBasis))")),
                .dt("Verfahrensschritt"), .dd(.strong(.text(detail.stepLabel))),
                .dt("Eingereicht am"), .dd(.text(item.submittedAt.map(GermanDate.format) ?? "noch nicht eingereicht"))
            ),
            .if(!detail.description.isEmpty, .p(.text(detail.description)))
        )
    }
}
