// Checks a procedure definition for contradictions before it is used; each problem names the path
// of the offending element so that the YAML loader can point at its line.

public enum ProcedureValidator {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Keys and indexes from the document root, e.g. ["transitions", "3", "to"].
        public let path: [String]
        public let message: String

        public var description: String { "\(path.joined(separator: ".")): \(message)" }
    }

    public static func problems(in procedure: ProcedureDefinition) -> [Problem] {
        var problems: [Problem] = []
        func report(_ path: [String], _ message: String) { problems.append(Problem(path: path, message: message)) }

        if procedure.id.isEmpty || !procedure.id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            report(["id"], "id must be lower-case letters, digits and '-'")
        }
        if procedure.land == nil && procedure.jurisdiction != "MBO" {
            report(["jurisdiction"], "unknown jurisdiction '\(procedure.jurisdiction)' (use MBO or a Land code such as BE)")
        }
        if procedure.legalBasis.isEmpty { report(["legalBasis"], "legal basis is missing") }

        let declared = procedure.steps.map(\.id)
        if Set(declared).count != declared.count { report(["steps"], "a step is declared twice") }
        if !declared.contains(.draft) { report(["steps"], "the procedure must start with the step 'draft'") }
        let declaredSet = Set(declared)
        var reached: Set<CaseStep> = [.draft]
        for (index, transition) in procedure.transitions.enumerated() {
            let path = ["transitions", String(index)]
            for (fromIndex, step) in transition.from.enumerated() where !declaredSet.contains(step) {
                report(path + ["from", String(fromIndex)], "step '\(step.rawValue)' is not declared in steps")
            }
            if let to = transition.to {
                if declaredSet.contains(to) { reached.insert(to) } else { report(path + ["to"], "step '\(to.rawValue)' is not declared in steps") }
            }
            if transition.from.isEmpty { report(path + ["from"], "a transition needs at least one step it starts from") }
            if transition.by.isEmpty { report(path + ["by"], "a transition needs at least one party who may take it") }
            if transition.action == .view { report(path + ["action"], "'view' is not a transition") }
        }
        for step in declared where !reached.contains(step) && step != .withdrawn {
            report(["steps"], "step '\(step.rawValue)' cannot be reached by any transition")
        }
        let usedActions = Set(procedure.transitions.map(\.action))
        for (index, deadline) in procedure.deadlines.enumerated() {
            let path = ["deadlines", String(index)]
            if deadline.length.value <= 0 { report(path + ["length"], "a period must be longer than zero") }
            if deadline.legalBasis.isEmpty { report(path + ["legalBasis"], "legal basis is missing") }
            for (actionIndex, action) in deadline.startsWith.enumerated() where !usedActions.contains(action) {
                report(path + ["startsWith", String(actionIndex)], "action '\(action.rawValue)' has no transition in this procedure")
            }
            for (actionIndex, action) in deadline.endsWith.enumerated() where !usedActions.contains(action) {
                report(path + ["endsWith", String(actionIndex)], "action '\(action.rawValue)' has no transition in this procedure")
            }
            if deadline.reminderDaysBefore.contains(where: { $0 <= 0 }) {
                report(path + ["reminderDaysBefore"], "reminders are whole days before the end, greater than zero")
            }
        }
        if Set(procedure.deadlines.map(\.id)).count != procedure.deadlines.count { report(["deadlines"], "a deadline id is used twice") }
        for (index, document) in procedure.documents.enumerated() where document.kind.isEmpty || document.legalBasis.isEmpty {
            report(["documents", String(index)], "a document needs a kind and a legal basis")
        }
        if Set(procedure.documents.map(\.kind)).count != procedure.documents.count { report(["documents"], "a document kind is listed twice") }
        if procedure.fee.perMille < 0 || procedure.fee.minimumEuros < 0 { report(["fee"], "fees cannot be negative") }
        if procedure.fee.legalBasis.isEmpty { report(["fee", "legalBasis"], "legal basis is missing") }
        return problems
    }
}
