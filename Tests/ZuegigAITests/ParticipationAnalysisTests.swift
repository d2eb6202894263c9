// Statements that arrive during a participation: late ones join the nearest topic, and the sender's own contact data is masked.
import Foundation
import Testing
@testable import ZuegigAI

/// Named after the file so that `--filter ParticipationAnalysisTests` runs every test in it.
enum ParticipationAnalysisTests {}

extension ParticipationAnalysisTests {
    struct TopicAssignment {
        // Three clearly separate topics, three statements each; the cluster labels are deliberately not 0, 1, 2.
        static let traffic = 7, trees = 3, school = 12
        static let clustered: [(text: String, cluster: Int)] = [
            ("Der Verkehr auf der Hauptstraße wird durch das neue Quartier unerträglich, die Autos stauen sich an der Kreuzung.", traffic),
            ("Mehr Autos bedeuten Lärm und Abgase. Die Kreuzung am Markt ist überlastet, der Verkehr muss anders geführt werden.", traffic),
            ("Bitte planen Sie eine Ampel an der Kreuzung und Tempo 30, sonst wird der Verkehr für Radfahrer gefährlich.", traffic),
            ("Die alten Eichen am Parkrand dürfen nicht gefällt werden. Sie spenden Schatten und sind Lebensraum für Vögel.", trees),
            ("Das Fällen der Bäume lehne ich ab. Die Eichen sind über hundert Jahre alt und Nistplatz vieler Vögel.", trees),
            ("Ersatzpflanzungen brauchen Jahrzehnte, bis junge Bäume so viel Schatten geben wie die alten Eichen.", trees),
            ("Die Grundschule ist zu klein. Für die Kinder aus den neuen Wohnungen fehlen Klassenräume.", school),
            ("Wo sollen die zusätzlichen Kinder lernen? Die Grundschule hat keine freien Klassenräume.", school),
            ("Wir brauchen einen Erweiterungsbau für die Grundschule, sonst werden die Klassen zu groß für die Kinder.", school),
        ]

        @Test("a late statement joins the cluster it shares its terms with", arguments: [
            ("Der zusätzliche Verkehr wird die Kreuzung vor meinem Haus verstopfen, die Autos stehen Schlange.", Optional(traffic)),
            ("Retten Sie die Eichen! Ohne Bäume gibt es keinen Schatten und keine Vögel.", trees),
            ("Meine Kinder finden an der Grundschule keinen Platz, es fehlen Klassenräume.", school),
            ("Sommerfest des Sportvereins: Kuchenbuffet, Tombola und Livemusik am Samstag.", nil),
        ])
        func lateStatement(text: String, expected: Int?) throws {
            let texts = Self.clustered.map(\.text) + [text]
            let clusters: [Int?] = Self.clustered.map(\.cluster) + [nil]

            let assignments = TopicAssigner.assign(texts: texts, clusters: clusters)

            #expect(Set(assignments.keys) == [Self.clustered.count], "only the statement without a cluster is assigned")
            let assignment = try #require(assignments[Self.clustered.count])
            #expect(assignment?.cluster == expected)
            if let similarity = assignment?.similarity {
                #expect(similarity > 0 && similarity <= 1.000_1, "a cosine similarity: \(similarity)")
            }
        }

        @Test func severalLateStatementsAtOnceAndNothingElse() throws {
            let late = [
                "Die Eichen geben Schatten, die Vögel brauchen die Bäume.",
                "Sommerfest des Sportvereins: Kuchenbuffet, Tombola und Livemusik am Samstag.",
                "An der Kreuzung stauen sich die Autos, der Verkehr ist zu dicht.",
            ]
            let texts = Self.clustered.map(\.text) + late
            let clusters: [Int?] = Self.clustered.map(\.cluster) + [nil, nil, nil]

            let assignments = TopicAssigner.assign(texts: texts, clusters: clusters)

            #expect(Set(assignments.keys) == [9, 10, 11])
            #expect(assignments[9]??.cluster == Self.trees)
            let offTopic = try #require(assignments[10], "a statement without a match is listed, with no assignment")
            #expect(offTopic == nil)
            #expect(assignments[11]??.cluster == Self.traffic)
        }

        @Test func withoutClustersNoStatementIsAssigned() throws {
            let texts = Self.clustered.map(\.text)

            let assignments = TopicAssigner.assign(texts: texts, clusters: texts.map { _ in nil })

            #expect(Set(assignments.keys) == Set(texts.indices))
            #expect(assignments.values.allSatisfy { $0 == nil })
        }

        @Test func aLateStatementOnTheTopicMostStatementsShareStillJoinsIt() {
            // Six of ten statements are about traffic; the late one is plainly about traffic too.
            let texts = [
                "Der Verkehr an der Kreuzung ist schon heute zu dicht.",
                "Mehr Verkehr bedeutet mehr Lärm an der Kreuzung.",
                "Die Kreuzung kann den Verkehr nicht aufnehmen.",
                "Verkehr und Abgase an der Kreuzung machen krank.",
                "Bitte eine Ampel an der Kreuzung, der Verkehr ist gefährlich.",
                "Der Verkehr staut sich bis zur Kreuzung am Markt.",
                "Die alten Eichen spenden Schatten für Vögel.",
                "Die Eichen und ihr Schatten müssen bleiben.",
                "Die Grundschule hat keine Klassenräume für die Kinder.",
                "Für die Kinder fehlen Klassenräume an der Grundschule.",
                "Der Verkehr an der Kreuzung wird unerträglich.",
            ]
            let clusters: [Int?] = [Self.traffic, Self.traffic, Self.traffic, Self.traffic, Self.traffic, Self.traffic,
                                    Self.trees, Self.trees, Self.school, Self.school, nil]

            let assignments = TopicAssigner.assign(texts: texts, clusters: clusters)

            // "verkehr" and "kreuzung" occur in more than half of the texts; they must still count.
            #expect(assignments[10]??.cluster == Self.traffic)
        }
    }
}

extension ParticipationAnalysisTests {
    struct KnownPersonalData {
        typealias Known = [(kind: PersonalDataKind, value: String)]

        static let name = "Rosa Vogt"
        static let address = "Lindenstraße 4, 10115 Berlin"
        static let email = "rosa.vogt@example.org"

        struct KnownCase: Sendable, CustomTestStringConvertible {
            var why: String
            var kind: PersonalDataKind
            var value: String
            var text: String
            /// The pieces of `text` that must be masked, in order, after overlapping spans are merged.
            var masked: [String]

            var testDescription: String { why }
        }

        static let cases: [KnownCase] = [
            KnownCase(why: "the full name", kind: .name, value: name, text: "Rosa Vogt ist gegen den Plan.", masked: ["Rosa Vogt"]),
            KnownCase(why: "any capitalisation", kind: .name, value: name, text: "Einwendung von ROSA VOGT, gez. rosa vogt", masked: ["ROSA VOGT", "rosa vogt"]),
            KnownCase(why: "the surname alone in a signature", kind: .name, value: name, text: "Mit freundlichen Grüßen\nVogt", masked: ["Vogt"]),
            KnownCase(why: "the given name alone", kind: .name, value: name, text: "Hier schreibt Rosa aus dem Hinterhaus.", masked: ["Rosa"]),
            KnownCase(why: "only whole words", kind: .name, value: name,
                      text: "Rosamunde Vogtländer, Frau Rosalie und die Vogtsburg sind dagegen.", masked: []),
            KnownCase(why: "a name part of two letters is ignored", kind: .name, value: "Al Becker", text: "Al kommt auch mit. Gruß, Becker", masked: ["Becker"]),
            KnownCase(why: "a name of short parts is still found whole", kind: .name, value: "Li Wu", text: "Li Wu und Li", masked: ["Li Wu"]),
            KnownCase(why: "the whole address, whose lines overlap it", kind: .address, value: address,
                      text: "Wir wohnen Lindenstraße 4, 10115 Berlin.", masked: ["Lindenstraße 4, 10115 Berlin"]),
            KnownCase(why: "an address line, not the town alone", kind: .address, value: address,
                      text: "Die Lindenstraße 4 ist unser Haus. Berlin braucht Grün.", masked: ["Lindenstraße 4"]),
            KnownCase(why: "another house number is not the address", kind: .address, value: address, text: "Die Lindenstraße 44 ist laut.", masked: []),
            KnownCase(why: "address lines in another order", kind: .address, value: "Lindenstraße 4\n10115 Berlin",
                      text: "Post an: 10115 Berlin, Lindenstraße 4", masked: ["10115 Berlin", "Lindenstraße 4"]),
            KnownCase(why: "the e-mail in capitals", kind: .email, value: email, text: "Antwort an Rosa.Vogt@Example.ORG.", masked: ["Rosa.Vogt@Example.ORG"]),
            KnownCase(why: "the e-mail only as a whole word", kind: .email, value: email, text: "Kopie an xrosa.vogt@example.org", masked: []),
        ]

        @Test("the sender's own data is found where the text repeats it", arguments: cases)
        func known(_ example: KnownCase) {
            let ns = example.text as NSString

            let spans = PersonalDataDetector.merge(PersonalDataDetector.spans(ofKnown: [(example.kind, example.value)], in: example.text))

            #expect(spans.map { ns.substring(with: NSRange(location: $0.start, length: $0.length)) } == example.masked)
            #expect(spans.allSatisfy { $0.kind == example.kind && $0.rule == "sender" })
        }

        @Test("overlapping spans are merged, touching ones are not", arguments: [
            ([(0, 4, PersonalDataKind.name), (5, 9, .name), (0, 9, .name)], [(0, 9, PersonalDataKind.name)]),
            ([(20, 41, .email), (20, 24, .name)], [(20, 41, .email)]),
            ([(20, 24, .name), (20, 41, .email)], [(20, 41, .email)]),
            ([(0, 5, .name), (3, 8, .address), (7, 12, .email)], [(0, 12, .name)]),
            ([(2, 30, .address), (5, 9, .name)], [(2, 30, .address)]),
            ([(0, 4, .name), (4, 8, .name)], [(0, 4, .name), (4, 8, .name)]),
            ([(10, 20, .address), (0, 5, .name)], [(0, 5, .name), (10, 20, .address)]),
            ([], []),
        ])
        func merge(input: [(Int, Int, PersonalDataKind)], expected: [(Int, Int, PersonalDataKind)]) {
            let spans = input.map { PersonalDataSpan(kind: $0.2, start: $0.0, end: $0.1, rule: "test") }

            let merged = PersonalDataDetector.merge(spans)

            #expect(merged.map(\.start) == expected.map(\.0))
            #expect(merged.map(\.end) == expected.map(\.1))
            #expect(merged.map(\.kind) == expected.map(\.2))
        }

        @Test("nothing the sender gave stays readable", arguments: [
            """
            Sehr geehrte Damen und Herren,
            ich wohne in der Lindenstraße 4 in 10115 Berlin und lehne die Planung ab. Rückfragen an ROSA.VOGT@EXAMPLE.ORG.
            Viele Grüße
            VOGT
            """,
            """
            Einwendung von Rosa Vogt (Lindenstraße 4, 10115 Berlin, rosa.vogt@example.org): Die Eichen müssen bleiben.
            Gez. R. Vogt
            """,
            """
            Die Kreuzung ist gefährlich. Ich, rosa vogt, wohne gleich daneben, Lindenstraße 4.
            Schreiben Sie mir: rosa.vogt@example.org
            """,
        ])
        func anonymized(text: String) {
            let known: Known = [(.name, Self.name), (.address, Self.address), (.email, Self.email)]
            let detector = PersonalDataDetector()

            let spans = PersonalDataDetector.merge(detector.detect(text) + PersonalDataDetector.spans(ofKnown: known, in: text))
            let anonymized = PersonalDataDetector.anonymize(text, spans: spans)

            let folded = anonymized.lowercased()
            for value in [Self.email, "lindenstraße 4", "10115 berlin", "rosa vogt"] {
                #expect(!folded.contains(value), "\(value) leaked: \(anonymized)")
            }
            let words = Set(folded.split { !$0.isLetter }.map(String.init))
            #expect(words.isDisjoint(with: ["rosa", "vogt"]), "a name part leaked: \(anonymized)")
            #expect(anonymized.contains("[NAME]"))
        }
    }
}
