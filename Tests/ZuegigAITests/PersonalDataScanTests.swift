// The personal-data detector runs its patterns only where the candidate scan says they can start:
// these cases put the data at the edges of a text, after brackets and quotes, in other letter case
// and next to characters outside ASCII, and check that the scan does not lose any of them, and that
// the places it rules out (a number inside a word, "Herren", a closing inside a word) stay clear.
import Testing
@testable import ZuegigAI

struct PersonalDataScanTests {
    let detector = PersonalDataDetector()

    func masked(_ text: String) -> String {
        PersonalDataDetector.anonymize(text, spans: detector.detect(text))
    }

    @Test(arguments: [
        ("Lindenweg 12, 15344 Falkenau ist meine Anschrift.", "Lindenweg 12"),
        ("Die Zufahrt (Lindenweg 40) ist zu eng.", "Lindenweg 40"),
        ("Wir wohnen „Am Mühlbach 3“ seit Jahren.", "Mühlbach 3"),
        ("Anschrift:\u{00A0}Potsdamer Chaussee\u{00A0}118a", "Chaussee"),
        ("Telefon +49 30 12345678", "12345678"),
        ("Tel.:(030) 1234 5678", "1234 5678"),
        ("Rückruf unter 0176 12345678 bitte.", "12345678"),
        ("DE89370400440532013000 ist mein Konto.", "0532013000"),
        ("Ich bin geb. 03.04.1961 in Falkenau.", "03.04.1961"),
        ("* 12.7.1980", "12.7.1980"),
        ("Mein Name ist Jonas Krüger und ich wohne hier.", "Krüger"),
        ("gez. Ilse Brandt", "Brandt"),
        ("MIT FREUNDLICHEN GRÜSSEN\nAnnegret Vollmer", "Vollmer"),
        ("Danke!\nMiroslav Nowak", "Nowak"),
        ("Die Eheleute Kowalczyk sind dagegen.", "Kowalczyk"),
        ("Es schreibt Herr\nDüsterhoff.", "Düsterhoff"),
        ("𝔄 Symbol vorweg; Frau Ødegaard wohnt am Lindenweg 7.", "Lindenweg 7"),
    ])
    func dataAtTheEdgesIsStillFound(text: String, secret: String) {
        #expect(!masked(text).contains(secret), "\(secret) leaked: \(masked(text))")
    }

    @Test(arguments: [
        "Sehr geehrte Damen und Herren, der Plan ist zu dicht.",
        "Die Kosten von 2020 bis 2030 steigen um 10 Prozent.",
        "Das Gebäude hat 5 Geschosse und 120 Wohnungen.",
        "Die Anregungen wurden begrüßt und die Bürger folgen dem Plan.",
        "Version 2.0 des Plans, Seite 30, Abschnitt 4.01.",
    ])
    func ordinaryTextStaysReadable(text: String) {
        #expect(masked(text) == text)
    }

    @Test func aClosingInsideAWordIsNoSignature() {
        // "begrüße" ends in a closing word; the line after it is no signature.
        let text = "Die Haltestelle begrüße ich sehr.\nKurze Wege, Busse im Takt.\n\nFreundliche Grüße\nJonathan Berger"
        let result = masked(text)
        #expect(result.contains("Kurze Wege"))
        #expect(result.contains("Freundliche Grüße\n[NAME]"))
    }

    @Test func theScanFindsStartsOnlyWhereAPatternCanBegin() {
        let scan = CandidateScan(Array("Herren Herr Meier, 2020 030 1234567 (0331) +4930 x0 Lindenweg 5 um 7".utf16))
        #expect(scan.honorificStarts == [7])
        // "030", "(" and the "0" after it, "+4930"; never a zero inside "2020" or after a letter.
        #expect(scan.phoneStarts.count == 4)
        // "2020" after "Meier," and "5" after "Lindenweg"; not "7" after "um", not "030" after a number.
        #expect(scan.houseNumbers.count == 2)
        #expect(scan.hasDigits && !scan.hasAt)
    }
}
