// Participation periods (§§ 187 Abs. 2, 188, 193 BGB, § 31 Abs. 3 VwVfG) worked out by hand, and the public statement form's checks.
import Foundation
import Testing
import ZuegigDomain

/// Parses an ISO date written in a test; a typo fails the test instead of crashing it.
private func isoDay(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Day {
    try #require(Day(iso: text), "bad test date \(text)", sourceLocation: sourceLocation)
}

struct ParticipationPeriodTests {
    struct PeriodCase: Sendable, CustomTestStringConvertible {
        var why: String
        var length: DeadlineLength
        var minimumDays = 0
        var extensionDays = 0
        var land = Land.BE
        var firstDay: String
        var publicationLastDay: String
        var lastDay: String
        var movedBecause: [String] = []

        var testDescription: String { why }
    }

    static let month = DeadlineLength(1, .months)

    // Every expected day below was counted on a calendar: weekdays and holidays checked by hand.
    static let periods: [PeriodCase] = [
        PeriodCase(why: "February: one month ends Sun 28.02., 30 days reach Tue 02.03.", length: month, minimumDays: 30,
                   firstDay: "2027-02-01", publicationLastDay: "2027-03-02", lastDay: "2027-03-02"),
        PeriodCase(why: "leap February: one month ends 29.02., 30 days reach Wed 01.03.", length: month, minimumDays: 30,
                   firstDay: "2028-02-01", publicationLastDay: "2028-03-01", lastDay: "2028-03-01"),
        PeriodCase(why: "November: one month ends Tue 01.12.", length: month,
                   firstDay: "2026-11-02", publicationLastDay: "2026-12-01", lastDay: "2026-12-01"),
        PeriodCase(why: "November has 30 days: the floor of 30 days ends on the same day as the month", length: month, minimumDays: 30,
                   firstDay: "2026-11-02", publicationLastDay: "2026-12-01", lastDay: "2026-12-01"),
        PeriodCase(why: "one month from 02.02.2026 ends Sun 01.03. and moves to Mon 02.03.", length: month,
                   firstDay: "2026-02-02", publicationLastDay: "2026-03-01", lastDay: "2026-03-02", movedBecause: ["01.03.2026: Sonntag"]),
        PeriodCase(why: "the same start with 30 days ends Tue 03.03., a working day", length: month, minimumDays: 30,
                   firstDay: "2026-02-02", publicationLastDay: "2026-03-03", lastDay: "2026-03-03"),
        PeriodCase(why: "three weeks from a Monday end on a Sunday and move to Monday", length: DeadlineLength(3, .weeks),
                   firstDay: "2026-06-01", publicationLastDay: "2026-06-21", lastDay: "2026-06-22", movedBecause: ["21.06.2026: Sonntag"]),
        PeriodCase(why: "three weeks ending on Easter Sunday skip Easter Monday in Berlin", length: DeadlineLength(3, .weeks),
                   firstDay: "2027-03-08", publicationLastDay: "2027-03-28", lastDay: "2027-03-30",
                   movedBecause: ["28.03.2027: Sonntag", "29.03.2027: Ostermontag"]),
        PeriodCase(why: "in Brandenburg Easter Sunday is itself a public holiday", length: DeadlineLength(3, .weeks), land: .BB,
                   firstDay: "2027-03-08", publicationLastDay: "2027-03-28", lastDay: "2027-03-30",
                   movedBecause: ["28.03.2027: Ostersonntag", "29.03.2027: Ostermontag"]),
        PeriodCase(why: "14 days counted from the first day end on the 13th day after it (Sun 15.11.)", length: DeadlineLength(14, .days),
                   firstDay: "2026-11-02", publicationLastDay: "2026-11-15", lastDay: "2026-11-16", movedBecause: ["15.11.2026: Sonntag"]),
        PeriodCase(why: "one month plus two weeks for objections: Tue 01.12. + 14 = Tue 15.12.", length: month, extensionDays: 14,
                   firstDay: "2026-11-02", publicationLastDay: "2026-12-01", lastDay: "2026-12-15"),
        PeriodCase(why: "the two extra weeks end on Christmas Day and move past the weekend", length: month, extensionDays: 14,
                   firstDay: "2026-11-12", publicationLastDay: "2026-12-11", lastDay: "2026-12-28",
                   movedBecause: ["25.12.2026: 1. Weihnachtstag", "26.12.2026: 2. Weihnachtstag", "27.12.2026: Sonntag"]),
        PeriodCase(why: "floor and extension together: Tue 02.03. + 14 = Tue 16.03.", length: month, minimumDays: 30, extensionDays: 14,
                   firstDay: "2027-02-01", publicationLastDay: "2027-03-02", lastDay: "2027-03-16"),
        PeriodCase(why: "one month ending on Christmas Day (a Friday) ends on Monday 28.12.", length: month,
                   firstDay: "2026-11-26", publicationLastDay: "2026-12-25", lastDay: "2026-12-28",
                   movedBecause: ["25.12.2026: 1. Weihnachtstag", "26.12.2026: 2. Weihnachtstag", "27.12.2026: Sonntag"]),
        PeriodCase(why: "one month ending on New Year's Day (a Friday) ends on Monday 04.01.", length: month,
                   firstDay: "2026-12-02", publicationLastDay: "2027-01-01", lastDay: "2027-01-04",
                   movedBecause: ["01.01.2027: Neujahr", "02.01.2027: Samstag", "03.01.2027: Sonntag"]),
        PeriodCase(why: "Women's Day (Mon 08.03.2027) is a holiday in Berlin", length: month,
                   firstDay: "2027-02-09", publicationLastDay: "2027-03-08", lastDay: "2027-03-09",
                   movedBecause: ["08.03.2027: Internationaler Frauentag"]),
        PeriodCase(why: "but not in Hamburg", length: month, land: .HH,
                   firstDay: "2027-02-09", publicationLastDay: "2027-03-08", lastDay: "2027-03-08"),
        PeriodCase(why: "with the floor: 20 days of February and 10 of March end Wed 10.03.", length: month, minimumDays: 30,
                   firstDay: "2027-02-09", publicationLastDay: "2027-03-10", lastDay: "2027-03-10"),
        PeriodCase(why: "from 31 January the month ends on the last day of February (§ 188 Abs. 3 BGB), a Sunday", length: month,
                   firstDay: "2027-01-31", publicationLastDay: "2027-02-28", lastDay: "2027-03-01", movedBecause: ["28.02.2027: Sonntag"]),
        PeriodCase(why: "January ends on a Saturday: the statements are taken until Monday", length: month,
                   firstDay: "2026-01-01", publicationLastDay: "2026-01-31", lastDay: "2026-02-02",
                   movedBecause: ["31.01.2026: Samstag", "01.02.2026: Sonntag"]),
    ]

    @Test("a phase's period from its first day", arguments: periods)
    func period(_ example: PeriodCase) throws {
        let phase = PlanningPhase(id: "phase", label: "Beteiligung", audience: .public, length: example.length,
                                  minimumDays: example.minimumDays, extensionDays: example.extensionDays, legalBasis: "§ 3 Abs. 2 BauGB")
        let firstDay = try isoDay(example.firstDay)
        let publicationLastDay = try isoDay(example.publicationLastDay)
        let lastDay = try isoDay(example.lastDay)

        let period = phase.period(startingOn: firstDay, land: example.land)

        #expect(period.firstDay == firstDay)
        #expect(period.publicationLastDay == publicationLastDay)
        #expect(period.lastDay == lastDay)
        #expect(period.movedBecause == example.movedBecause)
    }

    @Test("the form is open from the first to the last day, both included", arguments: [
        // One month from Mon 02.11.2026: last day Tue 01.12.2026.
        ("2026-11-02", 0, "2026-11-01", ParticipationPeriod.State.upcoming),
        ("2026-11-02", 0, "2026-11-02", .open),
        ("2026-11-02", 0, "2026-11-20", .open),
        ("2026-11-02", 0, "2026-12-01", .open),
        ("2026-11-02", 0, "2026-12-02", .closed),
        // Two extra weeks: the publication is over on 02.12., statements are still taken until Tue 15.12.
        ("2026-11-02", 14, "2026-12-02", .open),
        ("2026-11-02", 14, "2026-12-15", .open),
        ("2026-11-02", 14, "2026-12-16", .closed),
        // From Thu 26.11.2026 the month ends on Christmas Day and moves to Mon 28.12.
        ("2026-11-26", 0, "2026-12-25", .open),
        ("2026-11-26", 0, "2026-12-28", .open),
        ("2026-11-26", 0, "2026-12-29", .closed),
    ])
    func state(firstDay: String, extensionDays: Int, today: String, expected: ParticipationPeriod.State) throws {
        let phase = PlanningPhase(id: "phase", label: "Beteiligung", audience: .public, length: Self.month,
                                  extensionDays: extensionDays, legalBasis: "§ 3 Abs. 2 BauGB")
        let period = phase.period(startingOn: try isoDay(firstDay), land: .BE)
        let today = try isoDay(today)

        let state = period.state(on: today)

        #expect(state == expected)
    }

    @Test func aLastDayBeforeTheFirstIsRaisedToTheFirst() throws {
        let firstDay = try isoDay("2026-11-02")
        let nextDay = try isoDay("2026-11-03")

        let period = ParticipationPeriod(firstDay: firstDay, publicationLastDay: try isoDay("2026-10-01"), lastDay: try isoDay("2026-10-15"))

        #expect(period.publicationLastDay == firstDay)
        #expect(period.lastDay == firstDay)
        #expect(period.state(on: firstDay) == .open)
        #expect(period.state(on: nextDay) == .closed)
    }
}

extension ParticipationPeriodTests {
    /// The public form's checks; nested so that `--filter ParticipationPeriodTests` runs them too.
    struct StatementForm {
        static let statement = "Ich bin gegen die geplante Straße durch den Park."
        /// A minimal but complete PDF: header, one object, trailer and the end-of-file marker.
        static let pdf = Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".utf8)
        static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])

        struct FormCase: Sendable, CustomTestStringConvertible {
            var why: String
            var submission: StatementSubmission
            /// The fields that must be reported, each with a piece of its German message.
            var expected: [String: String]

            var testDescription: String { why }
        }

        static let forms: [FormCase] = [
            FormCase(why: "nine characters are too short", submission: StatementSubmission(text: "Zu wenig!"), expected: ["text": "mindestens 10 Zeichen"]),
            FormCase(why: "blanks around the text do not count", submission: StatementSubmission(text: "   Zu wenig!   \n"),
                     expected: ["text": "mindestens 10 Zeichen"]),
            FormCase(why: "ten characters are enough", submission: StatementSubmission(text: "Zehn Zeich"), expected: [:]),
            FormCase(why: "20 000 characters are allowed", submission: StatementSubmission(text: String(repeating: "a", count: 20_000)), expected: [:]),
            FormCase(why: "20 001 characters are too long", submission: StatementSubmission(text: String(repeating: "a", count: 20_001)),
                     expected: ["text": "20001 Zeichen lang"]),
            FormCase(why: "a name of 200 characters is allowed", submission: StatementSubmission(text: statement, name: String(repeating: "N", count: 200)),
                     expected: [:]),
            FormCase(why: "a name of 201 characters is too long", submission: StatementSubmission(text: statement, name: String(repeating: "N", count: 201)),
                     expected: ["name": "höchstens 200 Zeichen"]),
            FormCase(why: "an address of 301 characters is too long",
                     submission: StatementSubmission(text: statement, address: String(repeating: "A", count: 301)), expected: ["address": "höchstens 300 Zeichen"]),
            FormCase(why: "a blank name, address and e-mail are left out", submission: StatementSubmission(text: statement, name: "  ", address: "", email: " "),
                     expected: [:]),
            FormCase(why: "a plausible e-mail", submission: StatementSubmission(text: statement, email: "rosa.vogt@example.org"), expected: [:]),
            FormCase(why: "four attachments are one too many",
                     submission: StatementSubmission(text: statement, attachments: (1...4).map { .init(fileName: "anlage\($0).pdf", data: pdf) }),
                     expected: ["attachments": "Höchstens 3 Anlagen"]),
            FormCase(why: "three attachments are allowed",
                     submission: StatementSubmission(text: statement, attachments: (1...3).map { .init(fileName: "anlage\($0).pdf", data: pdf) }),
                     expected: [:]),
            FormCase(why: "an attachment one byte over 10 MB",
                     submission: StatementSubmission(text: statement, attachments: [.init(fileName: "gross.pdf", data: pdf + Data(count: 10 * 1_048_576 + 1 - pdf.count))]),
                     expected: ["attachments": "„gross.pdf“ ist größer als 10 MB"]),
            FormCase(why: "a text file named x.pdf is refused by its bytes",
                     submission: StatementSubmission(text: statement, attachments: [.init(fileName: "x.pdf", data: Data("Das ist nur Text, kein PDF.\n".utf8))]),
                     expected: ["attachments": "Dateiformat wird nicht angenommen"]),
            FormCase(why: "an empty file with a name",
                     submission: StatementSubmission(text: statement, attachments: [.init(fileName: "leer.pdf", data: Data())]),
                     expected: ["attachments": "Die Datei ist leer"]),
            FormCase(why: "a PDF cut off before its end marker",
                     submission: StatementSubmission(text: statement, attachments: [.init(fileName: "halb.pdf", data: Data("%PDF-1.4\n1 0 obj\n<<".utf8))]),
                     expected: ["attachments": "beschädigt"]),
            FormCase(why: "an encrypted PDF",
                     submission: StatementSubmission(text: statement, attachments: [
                         .init(fileName: "geheim.pdf", data: Data("%PDF-1.7\ntrailer\n<< /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n".utf8)),
                     ]),
                     expected: ["attachments": "verschlüsselt"]),
            FormCase(why: "valid PDF and PNG bytes, whatever their names",
                     submission: StatementSubmission(text: statement, attachments: [.init(fileName: "plan.pdf", data: pdf), .init(fileName: "foto.dat", data: png)]),
                     expected: [:]),
        ]

        @Test("the form's limits", arguments: forms)
        func problems(_ example: FormCase) {
            let problems = example.submission.problems()

            #expect(Set(problems.keys) == Set(example.expected.keys), "\(problems)")
            for (field, fragment) in example.expected {
                #expect(problems[field]?.contains { $0.contains(fragment) } == true, "\(field): \(problems[field] ?? [])")
            }
        }

        @Test("e-mail addresses", arguments: [
            ("rosa.vogt@example.org", true), ("r@bezirk.berlin.de", true),
            ("rosa.vogt@example", false), ("rosa.vogt.example.org", false), ("rosa vogt@example.org", false), ("@example.org", false),
            ("rosa@vogt@example.org", false), ("rosa@.example.org", false), ("rosa@example.org.", false),
        ])
        func email(address: String, plausible: Bool) {
            let submission = StatementSubmission(text: Self.statement, email: address)

            let problems = submission.problems()

            #expect(StatementSubmission.isPlausibleEmail(address) == plausible)
            #expect((problems["email"] == ["Die E-Mail-Adresse ist ungültig."]) == !plausible, "\(problems)")
        }

        @Test func acceptedAttachmentsCarryTheFormatFoundInTheirBytes() {
            let submission = StatementSubmission(text: Self.statement, attachments: [
                .init(fileName: "foto.pdf", data: Self.png), .init(fileName: "plan", data: Self.pdf), .init(fileName: "", data: Data()),
            ])

            let checked = submission.checkedAttachments

            #expect(submission.attachments.count == 2, "an empty attachment without a name is no attachment")
            #expect(checked.map(\.fileName) == ["foto.pdf", "plan"])
            #expect(checked.map(\.format) == [.png, .pdf])
        }

        static let shownAt = Date(timeIntervalSince1970: 1_790_000_000)

        // Seconds between showing and sending the form: at least 3, at most 24 hours (86 400 s).
        static let timings: [(honeypot: String, secondsOnForm: TimeInterval, expected: StatementSubmission.SpamVerdict)] = [
            ("Gewinnspiel", 60, .automated),
            ("", 60, .human),
            ("", 2.9, .automated),
            ("", 0, .automated),
            ("", -30, .automated),
            ("", 3, .human),
            ("", 86_400, .human),
            ("", 86_401, .stale),
            ("", 259_200, .stale),
        ]

        @Test("the spam guard", arguments: timings)
        func spam(honeypot: String, secondsOnForm: Double, expected: StatementSubmission.SpamVerdict) {
            let now = Self.shownAt.addingTimeInterval(secondsOnForm)

            let verdict = StatementSubmission.spamVerdict(honeypot: honeypot, shownAt: Self.shownAt, now: now)

            #expect(verdict == expected)
        }

        @Test("a missing or unreadable token is stale, unless the honeypot gives a bot away", arguments: [
            (String?.none, StatementSubmission.SpamVerdict.stale), ("", .stale), ("http://spam.example", .automated),
        ])
        func missingToken(honeypot: String?, expected: StatementSubmission.SpamVerdict) {
            let verdict = StatementSubmission.spamVerdict(honeypot: honeypot, shownAt: nil, now: Self.shownAt)

            #expect(verdict == expected)
        }
    }
}
