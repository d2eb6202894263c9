// What a document's head says it is, and the classifier's "Sonstiges" answer built on it: heads
// written for these tests (not from the corpus).
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct DocumentTitleTests {
    @Test func kindsAndOtherTypesInTheHead() {
        let grounds = DocumentTitle(pages: ["Ingenieurbüro Sand & Fels\nBaugrundgutachten\nBauvorhaben: Neubau Kita\n"])
        #expect(grounds.kinds.isEmpty)
        #expect(grounds.otherTypes.contains("baugrundgutachten"))
        #expect(grounds.namesOnlyAnotherType)

        let exemption = DocumentTitle(pages: ["An die untere Bauaufsichtsbehörde\n\nAntrag auf Zulassung einer Abweichung nach § 67 BauO NRW\n"])
        #expect(exemption.namesOnlyAnotherType)

        let fire = DocumentTitle(pages: ["Brandschutzkonzept\nfür den Neubau einer Lagerhalle\nPrüfbericht Nr. 12/2026"])
        #expect(fire.kinds == [.brandschutznachweis])
        #expect(!fire.namesOnlyAnotherType)

        let cadastre = DocumentTitle(pages: ["Auszug aus dem Liegenschaftskataster\nFlurstücksnachweis mit Bodenschätzung"])
        #expect(cadastre.kinds.contains(.liegenschaftskataster))

        // "zum Bauantrag" is on every Bauvorlage and says nothing about the type.
        let neutral = DocumentTitle(pages: ["Anlage zum Bauantrag vom 01.02.2026\nBauvorhaben Neubau Wohnhaus"])
        #expect(neutral.kinds.isEmpty && neutral.otherTypes.isEmpty)
        // A kind's own compound is not another type ("Schallschutznachweis" is, "Stellplatznachweis" is not).
        #expect(DocumentTitle(pages: ["Stellplatznachweis"]).otherTypes.isEmpty)
        #expect(DocumentTitle(pages: ["Schallschutznachweis nach DIN 4109"]).namesOnlyAnotherType)
    }

    @Test func unsureAnswersBecomeSonstigesOnlyWhenTheHeadNamesAnotherType() {
        var options = DocumentClassifier.TrainingOptions()
        options.minimumDocuments = 1
        options.threshold = 0.6 // a toy model of six texts is sure of little
        let model = DocumentClassifier.train(
            texts: [
                "Brandschutznachweis Rettungsweg Feuerwiderstand F 30 Rauchwarnmelder", "Brandschutzkonzept zweiter Rettungsweg Brandwand",
                "Lageplan Maßstab 1:500 Flurstücksgrenze Abstandsfläche", "amtlicher Lageplan Grenzabstand Baugrenze Flurstück",
                "Vollmacht hiermit bevollmächtige ich den Entwurfsverfasser", "Bevollmächtigung zur Stellung des Bauantrags Vollmachtgeber",
            ],
            kinds: [.brandschutznachweis, .brandschutznachweis, .lageplan, .lageplan, .vollmacht, .vollmacht], options: options
        )
        // Evidence for three kinds at once: unsure; the head names a cost estimate.
        let estimate = model.classify(text: "Kostenschätzung nach DIN 276\nRohbau Flurstück Rettungsweg Bauantrag Summe netto")
        #expect(estimate.kind == .sonstiges)
        #expect(estimate.bestGuess == .sonstiges)
        #expect(estimate.confidence == DocumentClassifier.titleConfidence)
        #expect(estimate.decisiveTerms.contains("kostenschatzung"))
        // Unsure without such a head: still "unklar".
        let unsure = model.classify(text: "Rohbau Flurstück Rettungsweg Bauantrag Summe netto")
        #expect(unsure.kind == nil)
        #expect(unsure.bestGuess != .sonstiges)
        // A confident answer is never overridden by the head.
        let fire = model.classify(text: "Stellungnahme\nBrandschutznachweis Rettungsweg Feuerwiderstand Brandwand Rauchwarnmelder")
        #expect(fire.bestGuess == .brandschutznachweis)
    }
}
