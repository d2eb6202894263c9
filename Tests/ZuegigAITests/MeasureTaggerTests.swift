// The learnt reader of measures on documents written for these tests (not from the corpus): it is
// trained on a few generated documents and must then find measures in wordings it has not seen,
// stay silent where a document states none, and only fill what the rules leave open.
import Foundation
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct MeasureTaggerTests {
    /// Training documents: heights, areas and ratios in sentences and lists, among distracting numbers.
    static func examples() -> [MeasureTagger.Example] {
        var generator = SplitMix64(seed: 7)
        func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
        var examples: [MeasureTagger.Example] = []
        for index in 0..<40 {
            let height = Double(number(600...2400)) / 100, bgf = Double(number(150...3000)), site = Double(number(300...5000))
            let grz = Double(number(15...60)) / 100, rooms = number(2...30), phone = number(100_000...999_999)
            let h = GermanNumber.format(height, decimals: 2), b = GermanNumber.format(bgf, decimals: 0), s = GermanNumber.format(site, decimals: 0)
            let g = GermanNumber.format(grz, decimals: 2)
            let text = index % 2 == 0
                ? """
                  Baubeschreibung, Telefon 0331 \(phone), Stand 12.03.2026
                  Das Gebäude hat eine Höhe von \(h) m über Gelände und \(rooms) Räume.
                  Die Brutto-Grundfläche beträgt \(b) m², das Grundstück ist \(s) m² groß.
                  Damit ergibt sich eine Grundflächenzahl von \(g). Der Raum 1 ist 2,60 m hoch.
                  """
                : """
                  Kennwerte                         Stand 04/2026   Seite 2
                  Höhe über Gelände .......... \(h) m      Räume ....... \(rooms)
                  Brutto-Grundfläche ......... \(b) m²     Fenster ..... 1,20 m
                  Grundstücksgröße ........... \(s) m²     Telefon ..... \(phone)
                  GRZ (geplant) .............. \(g)
                  """
            examples.append(MeasureTagger.Example(pages: [text], kind: .baubeschreibung, values: [.hoehe: height, .bgf: bgf, .grundstuecksflaeche: site, .grz: grz]))
        }
        return examples
    }

    @Test func findsMeasuresInWordingsItWasNotTrainedOn() {
        let tagger = MeasureTagger.train(Self.examples())
        let answers = tagger.answers(pages: ["""
            Erläuterungen zum Bauantrag, Telefon 0331 445566
            Die geplante Brutto-Grundfläche des Neubaus umfasst insgesamt 1.284 m² auf drei Ebenen.
            Die Höhe des Hauses wird 11,35 m betragen; der Kellerraum ist 2,40 m hoch.
            """], kind: .baubeschreibung)
        #expect(answers[.bgf]?.value == 1284)
        #expect(answers[.hoehe]?.value == 11.35)
        // One number answers one field, and a room height is not the building's.
        #expect(answers.values.filter { $0.value == 2.4 }.isEmpty)
    }

    @Test func staysSilentWithoutMeasures() {
        let tagger = MeasureTagger.train(Self.examples())
        let answers = tagger.answers(pages: ["""
            Vollmacht. Telefon 0331 998877, Aktenzeichen 63/2026, Datum 12.03.2026.
            Seite 1 von 2
            """], kind: .vollmacht)
        #expect(answers.isEmpty)
    }

    @Test func onlyFillsWhatTheRulesLeaveOpenAndSurvivesTheModelFile() throws {
        let tagger = MeasureTagger.train(Self.examples())
        let stored = try JSONDecoder().decode(MeasureTagger.self, from: JSONEncoder().encode(tagger))
        #expect(stored.vocabulary == tagger.vocabulary)
        let extractor = FieldExtractor(measureTagger: stored)
        let found = Dictionary(uniqueKeysWithValues: extractor.extract(pages: ["""
            Gebäudehöhe: 9,80 m
            Das Haus wird 10,50 m hoch; die Brutto-Grundfläche beläuft sich auf 412 m².
            """], kind: .baubeschreibung).map { ($0.field, $0) })
        // The labelled rule wins over the tagger; the tagger adds the area no rule read.
        #expect(found[.hoehe]?.number == 9.8)
        #expect(found[.bgf]?.number == 412)
    }

    @Test func aModelFileWithMismatchedDimensionsIsRefused() throws {
        let tagger = MeasureTagger.train(Self.examples())
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(tagger)) as? [String: Any])
        object["vocabulary"] = ["bias"]
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MeasureTagger.self, from: data) }
    }

    @Test func theFeatureScaleTravelsWithTheModelAndOlderFilesKeepTheirs() throws {
        let tagger = MeasureTagger.train(Self.examples())
        let stored = try JSONDecoder().decode(MeasureTagger.self, from: JSONEncoder().encode(tagger))
        #expect(stored.model.scale == MeasureTagger.scale)
        // A file written before the scale was stored was trained on unit-length vectors.
        var object = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(tagger)) as? [String: Any])
        object["scale"] = nil
        let older = try JSONDecoder().decode(MeasureTagger.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.model.scale == nil)
    }
}
