// The staff forms of participations, parsed into checked values with German field messages.
import Foundation
import ZuegigDomain

enum ParticipationForms {
    struct New: Sendable {
        var title: String
        var procedureID: String
        var phaseID: String
        var firstDay: Day
        var description: String

        static func parse(_ fields: [String: String], procedures: [PlanningProcedureDefinition]) throws -> New {
            var validation = Validation()
            let title = (fields["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            validation.check(!(title.count < 3 || title.count > 200), "title", "Bitte geben Sie einen Titel mit 3 bis 200 Zeichen an.")
            let description = (fields["description"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            validation.check(description.count <= 4_000, "description", "Die Beschreibung darf höchstens 4.000 Zeichen lang sein.")
            // The phase select sends "procedure/phase".
            let choice = (fields["phase"] ?? "").split(separator: "/", maxSplits: 1).map(String.init)
            let procedure = choice.first.flatMap { id in procedures.first { $0.id == id } }
            validation.check(choice.count == 2 && procedure?.phase(choice[1]) != nil, "phase", "Bitte wählen Sie ein Verfahren und eine Beteiligungsphase.")
            let firstDay = Day(iso: (fields["firstDay"] ?? "").trimmingCharacters(in: .whitespaces))
            validation.check(firstDay != nil, "firstDay", "Bitte geben Sie den ersten Tag als Datum an (JJJJ-MM-TT).")
            try validation.finish()
            return New(title: title, procedureID: choice[0], phaseID: choice[1], firstDay: firstDay!, description: description)
        }
    }

    /// An answer in the weighing table, for a cluster or a statement.
    struct Answer: Sendable {
        var text: String
        var decision: StatementDecision
        /// For a statement in a form-letter group: give the same answer to every member.
        var wholeGroup: Bool

        static let maxLength = 20_000

        static func parse(_ fields: [String: String]) throws -> Answer {
            var validation = Validation()
            let text = (fields["answer"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            validation.check(!text.isEmpty, "answer", "Bitte schreiben Sie die Abwägung (Antworttext).")
            validation.check(text.count <= maxLength, "answer", "Der Antworttext darf höchstens \(maxLength) Zeichen lang sein.")
            let decision = StatementDecision(rawValue: fields["decision"] ?? "")
            validation.check(decision != nil, "decision", "Bitte wählen Sie das Ergebnis der Abwägung.")
            try validation.finish()
            return Answer(text: text, decision: decision!, wholeGroup: fields["group"] == "1")
        }
    }
}
