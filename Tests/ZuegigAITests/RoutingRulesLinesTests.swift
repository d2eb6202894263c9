// The routing rules in the line format of the page "Zuständigkeitsregeln": the shipped rules survive
// a round trip, the last colon separates (departments may contain one), comments and blank lines are
// skipped, and every refusal names its line.
import Foundation
import Testing
@testable import ZuegigAI

struct RoutingRulesLinesTests {
    @Test func theShippedRulesSurviveARoundTrip() throws {
        let shipped = try CommentAnalysisTests.routing()
        let again = try RoutingRules.parse(lines: shipped.lines)
        #expect(again.rules.map(\.department) == shipped.rules.map(\.department))
        #expect(again.rules.map(\.keywords) == shipped.rules.map(\.keywords))
    }

    @Test func theLastColonSeparatesAndCommentsAreSkipped() throws {
        let rules = try RoutingRules.parse(lines: "# Stand: Mai\n\n  Amt 61: Stadtplanung :  Höhe,Geschosse , ,Dichte  \r\nUmweltamt: Lärm")
        #expect(rules.rules.map(\.department) == ["Amt 61: Stadtplanung", "Umweltamt"])
        #expect(rules.rules[0].keywords == ["Höhe", "Geschosse", "Dichte"])
        let suggestion = rules.suggest(texts: ["Die Höhe der Häuser ist zu groß.", "Sechs Geschosse sind zu hoch und die Höhe stört."])
        #expect(suggestion.first?.department == "Amt 61: Stadtplanung")
        #expect(suggestion.first?.matched == ["Höhe", "Geschosse"])
    }

    @Test(arguments: [
        ("Umweltamt Lärm", "Zeile 1"), ("\n\n: Lärm", "Zeile 3: Vor dem Doppelpunkt fehlt die Stelle"),
        ("A: Lärm\nB:", "Zeile 2: Nach dem Doppelpunkt fehlen"), ("A: Lärm\na: Verkehr", "Zeile 2: Die Stelle „a“ steht schon"),
        ("A: der, die", "„der“ ist kein Stichwort"), ("# nur Anmerkungen", "keine Regel"),
        (String(repeating: "x", count: 121) + ": Lärm", "länger als 120 Zeichen"),
    ])
    func refusalsNameTheLine(text: String, message: String) {
        #expect(throws: CommentAnalysisError.self) { try RoutingRules.parse(lines: text) }
        do {
            _ = try RoutingRules.parse(lines: text)
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
