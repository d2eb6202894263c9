// German normalisation, stemming and number reading.
import Testing
@testable import ZuegigAI

struct GermanTextTests {
    @Test(arguments: [
        ("Brandschutznachweise", "brandschutznachweis"), ("Rettungswege", "rettungsweg"), ("Gebäudeklassen", "gebaudeklass"),
        ("Abstandsflächen", "abstandsflach"), ("Entwässerung", "entwasser"), ("Berechnungen", "berechn"),
    ])
    func stemsInflectedFormsToOneStem(word: String, stem: String) {
        let folded = GermanText.words(word)
        #expect(folded.count == 1)
        #expect(GermanStemmer.stem(folded[0]) == stem)
    }

    @Test func foldingKeepsOffsetsAndWordsDropStopWordsLater() {
        let text = "Größe des Grundstücks: 812 m²"
        #expect(GermanText.foldPreservingOffsets(text).utf16.count == text.utf16.count)
        #expect(GermanText.words(text) == ["grosse", "des", "grundstucks", "m²"].filter { $0 != "m²" } + [])
        #expect(GermanText.comparisonKey("Flurstück 117 / 2") == "flurstuck 117 / 2".replacingOccurrences(of: " / ", with: " / "))
    }

    @Test(arguments: [
        ("1.250,50", true, 1250.5), ("1 250,5", true, 1250.5), ("1250,5", true, 1250.5), ("0,35", false, 0.35), ("0.35", false, 0.35),
        ("9.850", false, 9.85), ("2.700", true, 2700), ("1.250.000", true, 1_250_000), ("17816000", true, 17_816_000),
    ])
    func readsGermanNumbers(text: String, grouped: Bool, value: Double) {
        #expect(GermanNumber.parse(text, groupedThousands: grouped) == value)
    }

    @Test func refusesWhatIsNotANumber() {
        #expect(GermanNumber.parse("viel", groupedThousands: true) == nil)
        #expect(GermanNumber.parse("1,2,3", groupedThousands: true) == nil)
        #expect(GermanNumber.format(1250.5, decimals: 2) == "1.250,50")
    }

    @Test func wordsAndKeysFoldOutsideASCIIToo() {
        #expect(GermanText.words("Straße, GRÜNFLÄCHE; Café 3x Ægir ĳ") == ["strasse", "grunflache", "cafe", "ægir"])
        #expect(GermanText.comparisonKey("  Maßnahme: Flst. 117/2 — ÖPNV!  ") == "massnahme flst 117/2 opnv")
        #expect(GermanText.comparisonKey("Ελλάδα ²") == "ελλάδα")
        #expect(GermanText.comparisonKey("") == "")
    }

    @Test func sentencesKeepAbbreviationsNumbersAndTrimUnicodeSpace() {
        let text = "Sehr geehrte Damen und Herren,\nder Plan Nr. 47 ist z.B. zu hoch. Bitte prüfen! \u{00A0}Danke?\r\n1. Punkt eins.\n\n"
        #expect(Shingles.sentences(text) == ["Sehr geehrte Damen und Herren,", "der Plan Nr. 47 ist z.B. zu hoch.", "Bitte prüfen!", "Danke?", "1. Punkt eins."])
        #expect(Shingles.sentences(" \n ") == [])
        #expect(Shingles.sentences("Ende ohne Punkt") == ["Ende ohne Punkt"])
    }
}
