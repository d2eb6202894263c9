// Renders an authority's letter template (logic-less Mustache, as text) with a case's values.
import Foundation
import Mustache

struct LetterTemplate: Sendable {
    let template: MustacheTemplate

    /// Parses the template; a syntax error is reported in German with its line.
    init(_ source: String) throws {
        guard source.count <= 50_000 else { throw AppError(.validation, "Die Vorlage ist zu lang (höchstens 50.000 Zeichen).") }
        do {
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source)
        } catch let error as MustacheTemplate.ParserError {
            throw AppError(.validation, "Die Vorlage ist fehlerhaft (Zeile \(error.context.lineNumber)): \(Self.describe(error.error))")
        }
    }

    func render(_ values: [String: Any]) -> String {
        template.render(values)
    }

    static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "Ein Abschnitt wird mit einem anderen Namen geschlossen, als er geöffnet wurde."
        case .unfinishedName: "Ein Platzhalter ist nicht geschlossen (}} fehlt)."
        case .expectedSectionEnd: "Ein Abschnitt wird nicht geschlossen ({{/…}} fehlt)."
        default: "\(error)"
        }
    }
}
