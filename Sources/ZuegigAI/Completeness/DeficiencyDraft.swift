// The German text of a deficiency request (Nachforderung) drafted from a completeness report.
// The case worker edits it before it is sent; nothing is sent without that step.
import ZuegigDomain

public enum DeficiencyDraft {
    public static func text(
        missing: [CompletenessReport.Missing], inconsistencies: [CompletenessReport.Inconsistency],
        notices: [CompletenessReport.Notice], caseNumber: String?
    ) -> String {
        guard !missing.isEmpty || !inconsistencies.isEmpty || notices.contains(where: { $0.kind == .textEmpty || $0.kind == .textFailed }) else {
            return ""
        }
        var lines: [String] = []
        lines.append("Sehr geehrte Damen und Herren,")
        lines.append("")
        let reference = caseNumber.map { " (Aktenzeichen \($0))" } ?? ""
        lines.append("bei der Prüfung Ihres Antrags\(reference) auf Vollständigkeit haben wir festgestellt, dass Unterlagen fehlen oder Angaben nicht übereinstimmen. Wir bitten Sie, Folgendes nachzureichen:")
        var number = 0
        if !missing.isEmpty {
            lines.append("")
            lines.append("Fehlende Unterlagen:")
            for item in missing {
                number += 1
                let condition = item.condition.map { ", erforderlich \($0)" } ?? ""
                lines.append("\(number). \(item.label) (\(item.legalBasis)\(condition))")
            }
        }
        if !inconsistencies.isEmpty {
            lines.append("")
            lines.append("Widersprüchliche Angaben:")
            for item in inconsistencies {
                number += 1
                let values = item.statements.map { "\($0.document), Seite \($0.page): \($0.value)" }.joined(separator: "; ")
                lines.append("\(number). \(item.field.germanLabel): \(values). Bitte teilen Sie mit, welche Angabe zutrifft, und berichtigen Sie die betroffenen Unterlagen.")
            }
        }
        let unreadable = notices.filter { $0.kind == .textEmpty || $0.kind == .textFailed }
        if !unreadable.isEmpty {
            lines.append("")
            lines.append("Nicht lesbare Unterlagen:")
            for item in unreadable {
                number += 1
                lines.append("\(number). \(item.message) Bitte reichen Sie die Unterlage erneut in lesbarer Form ein.")
            }
        }
        lines.append("")
        lines.append("Bitte reichen Sie die Unterlagen innerhalb der angegebenen Frist über das Portal ein. Werden die Mängel nicht fristgerecht behoben, gilt der Antrag als zurückgenommen.")
        lines.append("")
        lines.append("Mit freundlichen Grüßen")
        return lines.joined(separator: "\n")
    }
}
