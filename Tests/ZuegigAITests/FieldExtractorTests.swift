// The extractor on documents written for these tests (not from the corpus): labels in other words,
// tables, dotted leaders, permitted vs declared values, and values that must not be taken.
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct FieldExtractorTests {
    func fields(_ pages: [String], kind: DocumentKind? = nil) -> [DocumentField: ExtractedField] {
        Dictionary(uniqueKeysWithValues: FieldExtractor().extract(pages: pages, kind: kind).map { ($0.field, $0) })
    }

    @Test func labelledValuesWithPages() {
        let found = fields([
            "Bauantrag – Deckblatt\nBauherrin: Dr. Maria Lindqvist\nAnschrift: Gartenstraße 5, 10115 Berlin",
            """
            Lage des Grundstücks: Am Stadtpark 17a, 12345 Musterstadt
            Gemarkung Seefeld, Flur 12, Flurstück 45/7
            Entwurfsverfasser ......... Dipl.-Ing. Architekt Paul Brenner
            Gebäudeklasse ............. 4
            Zahl der Vollgeschosse: III
            Gebäudehöhe (OK Attika über Gelände): 12,40 m
            Traufhöhe: 9,10 m
            Brutto-Grundfläche (BGF) gesamt: 1.482,30 m²
            Grundstücksgröße lt. Kataster: 2.050 m²
            Voraussichtliche Baukosten (KG 300+400, brutto): 3.150.000,00 €
            """,
        ])
        #expect(found[.bauherr]?.value == "Maria Lindqvist")
        #expect(found[.bauherr]?.page == 1)
        #expect(found[.adresse]?.value == "Am Stadtpark 17a")
        #expect(found[.adresse]?.page == 2)
        #expect(found[.gemarkung]?.value == "Seefeld")
        #expect(found[.flur]?.value == "12")
        #expect(found[.flurstueck]?.value == "45/7")
        #expect(found[.architekt]?.value == "Paul Brenner")
        #expect(found[.gebaeudeklasse]?.value == "4")
        #expect(found[.vollgeschosse]?.value == "3")
        #expect(found[.hoehe]?.number == 12.4)
        #expect(found[.bgf]?.number == 1482.3)
        #expect(found[.grundstuecksflaeche]?.number == 2050)
        #expect(found[.baukosten]?.number == 3_150_000)
        // Every rule ran on these lines: none of the constant patterns failed to compile.
        #expect(FieldExtractor.patternErrors.isEmpty)
    }

    @Test func declaredRatherThanPermittedRatios() {
        let found = fields(["""
            Maß der baulichen Nutzung         zulässig        geplant
            GRZ                               0,4             0,33
            GFZ                               1,2             0,87
            """])
        #expect(found[.grz]?.number == 0.33)
        #expect(found[.gfz]?.number == 0.87)
        let inline = fields(["Grundflächenzahl: zulässig 0,6, vorhanden 0,41\nGRZ II (mit Nebenanlagen nach § 19 Abs. 4 BauNVO) = 0,55"])
        #expect(inline[.grz]?.number == 0.41)
        let calculated = fields(["GRZ = 245,00 m² / 700,00 m² = 0,35"])
        #expect(calculated[.grz]?.number == 0.35)
    }

    @Test func tablesWithAHeaderRow() {
        let found = fields(["""
            Gemarkung        Flur     Flurstück      Fläche
            Kleinwiesen      7        311/4          1.204 m²
            """], kind: .liegenschaftskataster)
        #expect(found[.gemarkung]?.value == "Kleinwiesen")
        #expect(found[.flur]?.value == "7")
        #expect(found[.flurstueck]?.value == "311/4")
        #expect(found[.grundstuecksflaeche]?.number == 1204)
    }

    @Test func doesNotTakeNeighboursElevationsOrApplicantAddresses() {
        let found = fields(["""
            Bauherr: Wohnbau Nord GmbH, Hafenstraße 2, 20457 Hamburg
            Angrenzendes Flurstück 88/1 (Nachbar)
            Höhenbezug: ±0,00 = 34,50 m ü. NHN
            Raumhöhe 2,60 m
            """])
        #expect(found[.bauherr]?.value == "Wohnbau Nord GmbH")
        #expect(found[.adresse] == nil)
        #expect(found[.hoehe] == nil)
        #expect(found[.flurstueck]?.value != "88/1" || found[.flurstueck] == nil)
    }

    @Test func namesTheUseFromTheProject() {
        #expect(fields(["Vorhaben: Neubau eines Mehrfamilienhauses mit 8 Wohnungen"])[.nutzung]?.value == "wohnen")
        #expect(fields(["Art der Nutzung: Kindertagesstätte"])[.nutzung]?.value == "sozial")
        // The plan's zone is not the building's use.
        #expect(fields(["Art der baulichen Nutzung: Allgemeines Wohngebiet (WA)"])[.nutzung] == nil)
    }
}
