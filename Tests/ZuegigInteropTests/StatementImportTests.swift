// Statement import: CSV, JSONL and e-mail files with realistic German content become statements or named problems.
import Foundation
import Testing
@testable import ZuegigInterop

struct StatementImportTests {
    /// An instant written in UTC, to compare against dates that were given in local Berlin time.
    func utc(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    /// Mail files use CRLF line ends; Swift literals use LF.
    func mail(_ text: String) -> Data {
        Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    // MARK: CSV

    @Test func csvWithSemicolonsQuotedLineBreaksAndUmlauts() throws {
        let csv = "\u{FEFF}Nr.;Name;Anschrift;E-Mail;Eingangsdatum;Stellungnahme\r\n"
            + "B-001;Jürgen Müller;Mühlbachweg 4, 12345 Musterstadt;j.mueller@example.org;14.03.2025 09:30;"
            + "\"Die Lärmschutzwand ist zu niedrig; bitte prüfen.\r\nZitat Gutachten: \"\"nicht ausreichend\"\".\"\r\n"
            + "B-002;Anna Schmidt;;;2025-03-15;Zu wenig Bäume.\r\n"
        let result = try StatementCSVReader.read(Data(csv.utf8), source: "stellungnahmen.csv")
        #expect(result.problems.isEmpty)
        try #require(result.statements.count == 2)
        let first = result.statements[0]
        #expect(first.text == "Die Lärmschutzwand ist zu niedrig; bitte prüfen.\nZitat Gutachten: \"nicht ausreichend\".")
        #expect(first.externalID == "B-001")
        #expect(first.authorName == "Jürgen Müller")
        #expect(first.authorAddress == "Mühlbachweg 4, 12345 Musterstadt")
        #expect(first.authorEmail == "j.mueller@example.org")
        #expect(first.receivedAt == (try utc("2025-03-14T08:30:00Z")))
        #expect(first.channel == "csv")
        let second = result.statements[1]
        #expect(second.authorAddress == nil && second.authorEmail == nil)
        #expect(second.receivedAt == (try utc("2025-03-14T23:00:00Z")))
    }

    @Test func windows1252CSVIsDecoded() throws {
        // "Lärm – 80 € zu teuer;Jürgen Groß" in Windows-1252: ä E4, – 96, € 80, ü FC, ß DF.
        var bytes = Array("Einwendung;Verfasser\r\nL".utf8)
        bytes += [0xE4] + Array("rm ".utf8) + [0x96] + Array(" 80 ".utf8) + [0x80] + Array(" zu teuer;J".utf8)
        bytes += [0xFC] + Array("rgen Gro".utf8) + [0xDF] + Array("\r\n".utf8)
        let result = try StatementCSVReader.read(Data(bytes), source: "export.csv")
        #expect(result.statements.map(\.text) == ["Lärm – 80 € zu teuer"])
        #expect(result.statements.first?.authorName == "Jürgen Groß")
    }

    @Test func utf16ExportFromExcelIsDecoded() throws {
        let data = Data([0xFF, 0xFE]) + (try #require("Text\tName\r\nÄrger über Baulärm\tKim Weiß\r\n".data(using: .utf16LittleEndian)))
        let result = try StatementCSVReader.read(data, source: "unicode.txt")
        #expect(result.statements.map(\.text) == ["Ärger über Baulärm"])
        #expect(result.statements.first?.authorName == "Kim Weiß")
    }

    @Test func csvWithoutTextColumnThrowsGermanError() throws {
        let csv = "Nr;Name;Datum\n1;Erika Mustermann;14.03.2025\n"
        let error = #expect(throws: StatementImportError.self) { try StatementCSVReader.read(Data(csv.utf8), source: "liste.csv") }
        #expect(error?.line == 1)
        #expect(error?.message.contains("„Stellungnahme“") == true)
        #expect(error?.message.contains("„Einwendung“") == true)
    }

    @Test(arguments: [
        ("leer", Data()),
        ("binär", Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF])),
        ("xlsx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])),
        ("Steuerzeichen", Data("Text\n".utf8) + Data(repeating: 0x1B, count: 40) + Data("\n".utf8)),
        ("nur Leerzeilen", Data("\r\n\r\n".utf8)),
    ])
    func unreadableCSVFilesThrow(label: String, data: Data) {
        #expect(throws: StatementImportError.self, "\(label)") { try StatementCSVReader.read(data, source: "\(label).csv") }
    }

    @Test func badRowsAreReportedWithLineNumbersAndGoodRowsKept() throws {
        let csv = """
            id,text,name,channel,date
            1,"Gute Stellungnahme, mit Komma",Erika Mustermann,Brief,14.03.2025
            2,Zu viele Felder,Max Mustermann,Post,14.03.2025,überzählig
            3,   ,Leerer Text,Fax,
            4,Unbekannter Weg,Kim,Brieftaube,
            5,Falsches Datum,Kim,,31.04.2025
            6,"Noch eine gute
            über zwei Zeilen",Lea,E-Mail,

            """
        let result = try StatementCSVReader.read(Data(csv.utf8), source: "portal.csv")
        #expect(result.statements.map(\.externalID) == ["1", "6"])
        #expect(result.statements.map(\.channel) == ["letter", "email"])
        #expect(result.problems.map(\.line) == [3, 4, 5, 6])
        #expect(result.problems.allSatisfy { $0.source == "portal.csv" })
        #expect(result.problems[2].message.contains("Brieftaube"))
        #expect(result.problems[3].message.contains("31.04.2025"))
    }

    @Test(arguments: [
        ("Brief", "letter"), ("Post", "letter"), ("E-Mail", "email"), ("fax", "fax"),
        ("Niederschrift", "minutes"), ("online", "online"), ("", "csv"),
    ])
    func channelNamesAreMapped(written: String, stored: String) throws {
        let csv = "Inhalt\tEingangsweg\nBitte Radweg erhalten.\t\(written)\n"
        let result = try StatementCSVReader.read(Data(csv.utf8), source: "kanal.tsv")
        #expect(result.problems.isEmpty)
        #expect(result.statements.map(\.channel) == [stored])
    }

    @Test func overlongTextIsAProblemForItsRowOnly() throws {
        let csv = "Text\n\"\(String(repeating: "ä", count: StatementImportLimits.maxTextLength + 1))\"\nKurz.\n"
        let result = try StatementCSVReader.read(Data(csv.utf8), source: "lang.csv")
        #expect(result.statements.map(\.text) == ["Kurz."])
        #expect(result.problems.map(\.line) == [2])
    }

    @Test func tooManyRecordsThrow() {
        #expect(StatementImportLimits.maxRecords == 200_000)
        let csv = "Text\n" + String(repeating: "Ja\n", count: StatementImportLimits.maxRecords + 1)
        #expect(throws: StatementImportError.self) { try StatementCSVReader.read(Data(csv.utf8), source: "gross.csv") }
    }

    @Test(arguments: [
        ("14.03.2025", "2025-03-13T23:00:00Z"), ("1.7.2025 12:00", "2025-07-01T10:00:00Z"),
        ("2025-03-14", "2025-03-13T23:00:00Z"), ("2025-07-01T12:00", "2025-07-01T10:00:00Z"),
        ("2025-03-14T10:15:00+01:00", "2025-03-14T09:15:00Z"), ("2025-03-14T09:15:00.250Z", "2025-03-14T09:15:00Z"),
    ])
    func statementDatesAreReadInBerlinTime(written: String, instant: String) throws {
        let date = try #require(StatementDateParser.parse(written))
        #expect(abs(date.timeIntervalSince(try utc(instant))) < 0.5)
    }

    @Test(arguments: ["31.04.2025", "2025-02-29", "14.03.25", "2025-03-14T25:00", "gestern", "14.03.2025 9"])
    func impossibleOrUnknownDatesAreRejected(written: String) {
        #expect(StatementDateParser.parse(written) == nil)
    }

    // MARK: JSONL

    @Test func jsonLinesWithBadLines() throws {
        let jsonl = """
            {"id": 17, "text": "Ich wende mich gegen die Fällung der Linden.", "name": "Erika Mustermann", "date": "2025-03-14T10:15:00+01:00", "channel": "online"}

            kein JSON
            [1, 2, 3]
            {"id": "B-12", "name": "Ohne Text"}
            {"id": true, "text": "Typfehler"}
            {"id": "E-7", "text": "Zu wenig Parkplätze\\nim Quartier.", "address": "Lindenweg 3, 12345 Musterstadt", "email": "k@example.org", "date": "01.07.2025 12:00", "channel": "Fax"}
            {"text": "Ohne Kanal"}
            """
        let result = try StatementJSONLReader.read(Data(jsonl.utf8), source: "portal.jsonl")
        #expect(result.problems.map(\.line) == [3, 4, 5, 6])
        #expect(result.problems[0].message == "Die Zeile ist kein JSON-Objekt.")
        try #require(result.statements.count == 3)
        #expect(result.statements[0].externalID == "17")
        #expect(result.statements[0].channel == "online")
        #expect(result.statements[0].receivedAt == (try utc("2025-03-14T09:15:00Z")))
        #expect(result.statements[1].text == "Zu wenig Parkplätze\nim Quartier.")
        #expect(result.statements[1].channel == "fax")
        #expect(result.statements[1].authorAddress == "Lindenweg 3, 12345 Musterstadt")
        #expect(result.statements[1].receivedAt == (try utc("2025-07-01T10:00:00Z")))
        #expect(result.statements[2].channel == "jsonl")
    }

    // MARK: E-mail

    static let quotedPrintableMail = """
        Return-Path: <j.mueller@example.org>
        From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <j.mueller@example.org>
        To: bauleitplanung@musterstadt.example
        Subject: =?ISO-8859-1?Q?Stellungnahme_zum_Bebauungsplan_=22Am_?=
         =?ISO-8859-1?Q?M=FChlbach=22?=
        Date: Fri, 14 Mar 2025 09:30:00 +0100
        Message-ID: <20250314093000.4711@mail.example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=ISO-8859-1
        Content-Transfer-Encoding: quoted-printable

        Sehr geehrte Damen und Herren,

        gegen den Bebauungsplan Nr. 12 "Am M=FChlbach" erhebe ich Einwendungen. Die geplante L=
        =E4rmschutzwand ist zu niedrig; die Stra=DFe liegt 50 m vom Grundst=FCck entfernt.
        Kosten: 1.000 =3D zu viel.

        Mit freundlichen Gr=FC=DFen
        J=FCrgen M=FCller   \n\n
        """

    @Test func quotedPrintableLatin1MailWithEncodedWordSender() throws {
        let statement = try StatementEMLReader.read(mail(Self.quotedPrintableMail), source: "mueller.eml")
        #expect(statement.authorName == "Jürgen Müller")
        #expect(statement.authorEmail == "j.mueller@example.org")
        #expect(statement.externalID == "20250314093000.4711@mail.example.org")
        #expect(statement.receivedAt == (try utc("2025-03-14T08:30:00Z")))
        #expect(statement.channel == "email")
        #expect(statement.text == """
            Sehr geehrte Damen und Herren,

            gegen den Bebauungsplan Nr. 12 "Am Mühlbach" erhebe ich Einwendungen. Die geplante \
            Lärmschutzwand ist zu niedrig; die Straße liegt 50 m vom Grundstück entfernt.
            Kosten: 1.000 = zu viel.

            Mit freundlichen Grüßen
            Jürgen Müller
            """)
        let message = try EMLMessage(mail(Self.quotedPrintableMail), source: "mueller.eml")
        #expect(message.subject == "Stellungnahme zum Bebauungsplan \"Am Mühlbach\"")
    }

    @Test func multipartMailTakesPlainTextAndKeepsPDFAttachment() throws {
        let pdf = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".utf8) + Data([0xE2, 0xE3, 0xCF, 0xD3, 0x00, 0xFF]) + Data("\n%%EOF\n".utf8)
        let subjectStart = Data("Einwendung B-Plan ".utf8).base64EncodedString()
        let subjectEnd = Data("„Am Mühlbach“".utf8).base64EncodedString()
        let eml = """
            From: "Schmidt, Anna" <anna.schmidt@example.net>
            To: Stadt Musterstadt <bauleitplanung@musterstadt.example>
            Subject: =?UTF-8?B?\(subjectStart)?= =?utf-8?b?\(subjectEnd)?=
            Date: 3 Apr 2025 14:05 +0200
            Message-ID: <a1b2c3@example.net>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="==outer=="

            This is a multi-part message in MIME format.
            --==outer==
            Content-Type: multipart/alternative;
             boundary="inner-42"

            --inner-42
            Content-Type: text/plain; charset="utf-8"
            Content-Transfer-Encoding: 8bit

            Anbei meine Einwendung als PDF.
            Bitte bestätigen Sie den Eingang.
            --inner-42
            Content-Type: text/html; charset="utf-8"

            <p>HTML-Fassung: Anbei meine Einwendung als <b>PDF</b>.</p>
            --inner-42--
            --==outer==
            Content-Type: application/pdf; name="Stellungnahme.pdf"
            Content-Disposition: attachment;
             filename*=utf-8''Stellungnahme%20Sch%C3%B6nefeld%20%E2%80%93%20Schmidt.pdf
            Content-Transfer-Encoding: base64

            \(pdf.base64EncodedString(options: .lineLength76Characters))
            --==outer==--
            """
        let message = try EMLMessage(mail(eml), source: "schmidt.eml")
        #expect(message.subject == "Einwendung B-Plan „Am Mühlbach“")
        #expect(message.fromName == "Schmidt, Anna")
        #expect(message.text == "Anbei meine Einwendung als PDF.\nBitte bestätigen Sie den Eingang.")
        #expect(message.date == (try utc("2025-04-03T12:05:00Z")))
        #expect(message.attachments == [ImportedAttachment(fileName: "Stellungnahme Schönefeld – Schmidt.pdf", mediaType: "application/pdf", data: pdf)])
        let statement = try StatementEMLReader.read(mail(eml), source: "schmidt.eml")
        #expect(statement.attachments.count == 1)
        #expect(statement.externalID == "a1b2c3@example.net")
    }

    @Test func htmlOnlyMailBecomesText() throws {
        let eml = """
            From: info@bi-muehlbach.example (=?utf-8?Q?B=C3=BCrgerinitiative_M=C3=BChlbach?=)
            Subject: Einwendung
            Date: Mon, 7 Apr 2025 08:00:00 GMT
            Content-Type: text/html; charset=windows-1252
            Content-Transfer-Encoding: quoted-printable

            <html><head><title>Einwendung</title><style>p { color: red; }</style></head>
            <body><script>alert("x")</script>
            <p>Wir lehnen die <b>Bebauung</b>   ab &amp; fordern:<br>1. mehr Gr&uuml;n<br/>2. &bdquo;Tempo 30&ldquo; &#8211; sofort</p>
            <div>Stra=DFe &lt;Am M&#xFC;hlbach&gt;</div><div>Mit&nbsp;Gr=FC=DFen</div>
            </body></html>
            """
        let statement = try StatementEMLReader.read(mail(eml), source: "bi.eml")
        #expect(statement.text == "Wir lehnen die Bebauung ab & fordern:\n1. mehr Grün\n2. „Tempo 30“ – sofort\n\nStraße <Am Mühlbach>\nMit Grüßen")
        #expect(statement.authorName == "Bürgerinitiative Mühlbach")
        #expect(statement.authorEmail == "info@bi-muehlbach.example")
        #expect(statement.receivedAt == (try utc("2025-04-07T08:00:00Z")))
        #expect(statement.externalID == nil)
    }

    @Test(arguments: [
        "Fri, 14 Mar 2025 09:30:00 +0100", "14 Mar 2025 09:30 +0100", "Fri, 14 Mar 2025 08:30:00 GMT",
        "fri,14 mar 2025 08:30:00 UT", "Fri, 14 Mar 2025 09:30:00 +0100 (CET)", "Fri, 14 Mar 25 03:30:00 EST",
    ])
    func mailDatesAreRead(header: String) throws {
        #expect(RFC5322DateParser.parse(header) == (try utc("2025-03-14T08:30:00Z")))
    }

    @Test func encodedWordsJoinOnlyWhenAdjacent() {
        #expect(EncodedWordDecoder.decode("=?utf-8?Q?Gr=C3=BC?=  =?utf-8?Q?=C3=9Fe?= aus =?iso-8859-15?Q?=A4uro?=") == "Grüße aus €uro")
        // A UTF-8 character split across two words, as some senders do.
        #expect(EncodedWordDecoder.decode("=?UTF-8?B?w6Q=?= =?UTF-8?B?w7Y=?= =?UTF-8?Q?=C3?= =?UTF-8?Q?=BC?=") == "äöü")
        #expect(EncodedWordDecoder.decode("=?koi8-r?Q?abc?= bleibt") == "=?koi8-r?Q?abc?= bleibt")
    }

    @Test func mailWithoutHeadersIsRejected() {
        let error = #expect(throws: StatementImportError.self) {
            try StatementEMLReader.read(Data("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n".utf8), source: "kaputt.eml")
        }
        #expect(error?.message.contains("keine E-Mail") == true)
    }

    @Test func folderReadsGoodMailsAndReportsBrokenOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try mail(Self.quotedPrintableMail).write(to: folder.appendingPathComponent("1-mueller.eml"))
        try Data("Das ist keine E-Mail, sondern eine Notiz.\n".utf8).write(to: folder.appendingPathComponent("2-kaputt.eml"))
        try Data("nicht beachten".utf8).write(to: folder.appendingPathComponent("liesmich.txt"))

        let result = try StatementEMLReader.readFolder(folder)

        #expect(result.statements.map(\.authorName) == ["Jürgen Müller"])
        #expect(result.problems.map(\.source) == ["2-kaputt.eml"])
        #expect(result.problems.first?.message.contains("keine E-Mail") == true)
    }

    @Test func missingFolderThrows() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fehlt-\(UUID().uuidString)")
        #expect(throws: StatementImportError.self) { try StatementEMLReader.readFolder(folder) }
    }
}
