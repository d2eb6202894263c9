// The label lexicon and the label/value reader on texts written for these tests (not from the
// corpus): label wordings of other offices, OCR-damaged labels, values on the next line or in a
// table column, compound labels, names with titles, and values that must not be taken.
import Testing
import ZuegigDomain
@testable import ZuegigAI

struct LabelValueReaderTests {
    func fields(_ pages: [String], kind: DocumentKind? = nil) -> [DocumentField: ExtractedField] {
        Dictionary(uniqueKeysWithValues: FieldExtractor().extract(pages: pages, kind: kind).map { ($0.field, $0) })
    }

    @Test func lexiconNormalisesNumberingQualifiersAndOCRDamage() {
        func field(_ label: String) -> DocumentField? { FieldLexicon.fields(forLabel: label).first?.field }
        #expect(field("Anzahl der Vollgeschosse") == .vollgeschosse)
        #expect(field("A.07  Entwurfsverfasserin") == .architekt)
        #expect(field("EF12 Baukosten in EUR") == .baukosten)
        #expect(field("Vorhabenträger/in") == .bauherr)
        #expect(field("Brutto-Grundfläche nach DIN 277 (alle Geschosse)") == .bgf)
        #expect(field("Flurstueck") == .flurstueck)
        // OCR damage in long labels: one wrong letter, a letter lost, a space thrown in.
        #expect(FieldLexicon.fields(forLabel: "Grundstücksgrößc").first == FieldLexicon.Match(field: .grundstuecksflaeche, weak: false, fuzzy: true))
        #expect(field("Gebäudehöhc über Gelände") == .hoehe)
        #expect(field("Entwurfsverfasse r") == .architekt)
        // Not the building's height, and short words are not read with tolerance.
        #expect(field("Raumhöhe") == nil)
        #expect(field("lichte Höhe") == nil)
        // A bare "Fläche" is only a weak label: the parcel's area in a cadastre extract, nothing elsewhere.
        let bare = FieldLexicon.fields(forLabel: "Fläche")
        #expect(bare.allSatisfy { $0.weak })
        #expect(fields(["Fläche (amtlich)\n   4250 m²"], kind: .liegenschaftskataster)[.grundstuecksflaeche]?.number == 4250)
        #expect(fields(["Fläche (amtlich)\n   4250 m²"], kind: .baubeschreibung)[.grundstuecksflaeche] == nil)
        #expect(FieldLexicon.fields(forLabel: "Flux").isEmpty)
    }

    @Test func otherWordingsAndDamagedLabels() {
        let found = fields(["""
            Vorhabenträgerin:        Stadtwerke Seefeld GmbH
            Objektplaner ........... Dipl.-Ing. (FH) Karla Mendes, Kammer-Nr. 4711
            Geschosszahl (oberirdisch): 4
            Grundstücksgrößc         1.120 m²
            Herstellungskosten (KG 300/400)        2.340.000 €
            Gebäudehöhc über Gelände: 9,80 m
            """])
        #expect(found[.bauherr]?.value == "Stadtwerke Seefeld GmbH")
        #expect(found[.architekt]?.value == "Karla Mendes")
        #expect(found[.vollgeschosse]?.number == 4)
        #expect(found[.grundstuecksflaeche]?.number == 1120)
        #expect(found[.baukosten]?.number == 2_340_000)
        #expect(found[.hoehe]?.number == 9.8)
    }

    @Test func formsOfOtherOfficesDrawnTablesNumberedFieldsAndUnitsInLabels() {
        let found = fields(["""
            | Gemarkung / Flur        | Seefeld / 4
            | Flurstueck              | 88/2
            EF 15  Grundstuecksflaeche [m2]        : 1120,00
            EF 31  Gebaeudehoehe ueber Gelaende [m] : 7,44

             4.2 Gebäudeklasse     4.3 Anzahl Vollgeschosse     4.4 Gebäudeart / Nutzung
                 4                 3                            Wohnhaus
            13 Grundflaechenzahl GRZ (Feld 11 : Feld 10)    14 GRZ einschl. Feld 12
               0,31                                            max. 0,8
            """])
        #expect(found[.gemarkung]?.value == "Seefeld")
        #expect(found[.flur]?.value == "4")
        #expect(found[.flurstueck]?.value == "88/2")
        #expect(found[.grundstuecksflaeche]?.number == 1120)
        #expect(found[.hoehe]?.number == 7.44)
        #expect(found[.gebaeudeklasse]?.number == 4)
        #expect(found[.vollgeschosse]?.number == 3)
        #expect(found[.grz]?.number == 0.31)
    }

    @Test func valuesOnTheNextLineAndInTableColumns() {
        let found = fields(["""
            Planverfasser/in:
            Prof. Dr.-Ing. Jan de Vries, Architekt BDA

            Grundstücksfläche
            845,50 m²

            Flurstück      Gemarkung        Flur      Buchfläche
            88/2           Seefeld          4         845 m²
            """])
        #expect(found[.architekt]?.value == "Jan de Vries")
        #expect(found[.grundstuecksflaeche]?.number == 845.5)
        #expect(found[.flurstueck]?.value == "88/2")
        #expect(found[.gemarkung]?.value == "Seefeld")
        #expect(found[.flur]?.value == "4")
    }

    @Test func compoundLabelsAndAbbreviations() {
        let compound = fields(["Gemarkung / Flur / Flurstück: Seefeld / 4 / 88/2\nFlur / Flurstück   7 / 1203"])
        #expect(compound[.gemarkung]?.value == "Seefeld")
        #expect(compound[.flur]?.value == "4")
        #expect(compound[.flurstueck]?.value == "88/2")
        let inline = fields(["Kataster: Gmkg. Hohenwart, Fl. 12, Flst. 301/7\nBauh.:   Ilse Marquardt\nVG: III   H: 11,20 m"])
        #expect(inline[.gemarkung]?.value == "Hohenwart")
        #expect(inline[.flur]?.value == "12")
        #expect(inline[.flurstueck]?.value == "301/7")
        #expect(inline[.bauherr]?.value == "Ilse Marquardt")
        #expect(inline[.vollgeschosse]?.number == 3)
        #expect(inline[.hoehe]?.number == 11.2)
    }

    @Test func namesByRoleInRunningText() {
        let sentence = fields(["Grundlage sind die Pläne des Entwurfsverfassers Ole Brinkmann sowie die Statik.\nBauherrschaft ist die Gemeinde Seefeld an der Ilm."])
        #expect(sentence[.architekt]?.value == "Ole Brinkmann")
        #expect(sentence[.bauherr]?.value == "Gemeinde Seefeld an der Ilm")
        let attorney = fields(["Wir, Wohnbau Talblick GmbH, bevollmächtigen hiermit\n\nArchitektin Mara Pohl\nWaldweg 3, 99999 Seefeld"], kind: .vollmacht)
        #expect(attorney[.bauherr]?.value == "Wohnbau Talblick GmbH")
        #expect(attorney[.architekt]?.value == "Mara Pohl")
        let signed = fields(["Berechnung der Stellplätze\nerforderlich 6, nachgewiesen 6\n\nSeefeld, 03.02.2026      Hanna Oltmanns"], kind: .stellplatznachweis)
        #expect(signed[.architekt]?.value == "Hanna Oltmanns")
    }

    @Test func factsContinuedOnTheNextLine() {
        let found = fields(["Geplant ist ein Wohnhaus mit 3\nVollgeschossen und einem Satteldach. Das Gebäude ist der\nGebäudeklasse 4 zuzuordnen."])
        #expect(found[.vollgeschosse]?.number == 3)
        #expect(found[.gebaeudeklasse]?.number == 4)
        let permitted = fields(["Der Bebauungsplan setzt für das Grundstück\neine GRZ von 0,4 fest.\nGRZ (geplant) = 210 m² : 700 m² = 0,30"])
        #expect(permitted[.grz]?.number == 0.3)
    }

    @Test func doesNotTakeRoomsNeighboursOrOtherUnits() {
        let found = fields(["""
            0.03   Diele / Flur            7,86 m²     Fliesen
            Brandwand zu Flst. 12/3, ohne Öffnungen
            Plattendicke      h = 22 cm       Beton C25/30
            Lichte Höhe: 2,60 m
            Bestandsgebäude, eingeschossig
            """])
        #expect(found[.flur] == nil)
        #expect(found[.flurstueck] == nil)
        #expect(found[.hoehe] == nil)
        #expect(found[.vollgeschosse] == nil)
    }

    @Test func bavarianParcelNumbersAndFlurnummer() {
        // Bayern has no Flur: "Fl.Nr." and a "Flurnummer" with three digits or a stroke name the parcel.
        #expect(fields(["Gemarkung Mühlenbeck, Fl.Nr. 1742"])[.flurstueck]?.value == "1742")
        #expect(fields(["Gemarkung Mühlenbeck, Fl.Nr. 17"])[.flur] == nil)
        #expect(fields(["Gemarkung:  Mühlenbeck       Flurnummer:  225"])[.flurstueck]?.value == "225")
        #expect(fields(["Flur-Nr.: 910/15"])[.flurstueck]?.value == "910/15")
        // Elsewhere a short Flurnummer is the Flur.
        let hessian = fields(["Flurnummer:  4          Flurstück:  117/2"])
        #expect(hessian[.flur]?.value == "4")
        #expect(hessian[.flurstueck]?.value == "117/2")
    }

    @Test func declaredRatiosAgainstThePlansFixings() {
        // The permitted value named before the label in the sentence, or in brackets, is not the declared one.
        let prose = fields(["""
            Festgesetzt sind ein urbanes Gebiet (MU), offene Bauweise, GRZ 0,6 und GFZ 3,0.
            GRZ vorhanden     0,24            GRZ zulässig     0,6
            """])
        #expect(prose[.grz]?.number == 0.24)
        #expect(prose[.gfz] == nil)
        let table = fields(["""
            | GRZ vorh. (zul. lt. B-Plan 0,6)              | 0,54
            | GFZ vorh.                                    | 1,03
            """])
        #expect(table[.grz]?.number == 0.54)
        #expect(table[.gfz]?.number == 1.03)
        let template = fields(["Nutzungsschablone B-Plan (nachrichtlich):  GE | o | GRZ 0,4 | GFZ 1,2 | FD/PD\nDie Planung hält die Werte ein."])
        #expect(template[.grz] == nil)
    }

    @Test func asciiUmlautsSiteParcelsOnPlansAndStoreyWordings() {
        // An old system's "ue/ae/oe": the building words are read, names and other words are left alone.
        #expect(FieldExtractor.layout("Flurstueck 1055 der Flur 10, Bauherr: Hans Mueller") == "Flurstück 1055 der Flur 10, Bauherr: Hans Mueller")
        // A column gap after a word gets the lost letters back as blanks: "über" still starts in its column.
        #expect(FieldExtractor.layout("Gebaeudehoehe  ueber GOK   9,80 m") == "Gebäudehöhe    über GOK   9,80 m")
        let ascii = fields(["Das Baugrundstueck ist als Flurstueck 1055 der Flur 10 eingetragen."])
        #expect(ascii[.flurstueck]?.value == "1055")
        // A plan names the neighbours' parcels first; the site's stands with its Gemarkung in the title block.
        let plan = fields(["""
                                            Fl.Nr. 488/18
              Fl.Nr. 922/15                 Fl.Nr. 290/4
            Gemarkung:   Oberfeld      Fl.Nr.: 290/4      Landkreis Rosenheim
            """])
        #expect(plan[.flurstueck]?.value == "290/4")
        // Storeys with an adjective, as a formula symbol, abbreviated, and in the planned column of a comparison.
        #expect(fields(["Es erhält 6 oberirdische Vollgeschosse sowie ein Kellergeschoss."])[.vollgeschosse]?.number == 6)
        #expect(fields(["Anzahl der Vollgeschosse n = 4"])[.vollgeschosse]?.number == 4)
        #expect(fields(["GRUNDSTÜCK 947 m²    ANZ. VG 3"])[.vollgeschosse]?.number == 3)
        let table = fields(["""
                                                 | zulässig lt. BBP       | Planung
             ------------------------------------+------------------------+-------------
             GRZ                                 | 0,40                   | 0,38
             Geschossfläche GF                   |                        | 1.257,69 m²
             GFZ                                 | 0,60                   | 0,56
             Dachform                            | SD/WD                  | SD
             Traufhöhe                           | max. 6,50 m            | 6,20 m
             Zahl der Vollgeschosse              | II                     | 3
            """])
        #expect(table[.vollgeschosse]?.number == 3)
        #expect(table[.grz]?.number == 0.38)
    }

    @Test func heightsInProseAndStaggeredColumnsOfNames() {
        // Which height is meant, across a line break; the highest point of the roof; "beträgt rd.".
        #expect(fields(["Die für die Einstufung maßgebende Höhe nach\nder HBO beträgt 22,37 m, die BGF 980 m²."])[.hoehe]?.number == 22.37)
        #expect(fields(["Der höchste Punkt des Daches liegt 11,55 m über der Geländeoberfläche."])[.hoehe]?.number == 11.55)
        #expect(fields(["Die Höhe des Gebäudes (OK Dach über Gelände) beträgt rd. 12,96 m."])[.hoehe]?.number == 12.96)
        #expect(fields(["Die Raumhöhe beträgt 2,60 m."])[.hoehe] == nil)
        // Two columns whose values stand on different lines; the neighbours' owners are not the Bauherr.
        let box = fields(["""
             NACHBARUNTERSCHRIFTEN
             Fl.Nr.            Eigentümer/in                         Unterschrift
             922/15            Friedrich Engel                       ____________

             │ Bauherr:                                     │ Entwurfsverfasser:
             │ Marta Zimmermann
             │ Schulstraße 82, 34567 Neudorf
             │                                              │ Planungsbüro Wolfgang Kowalski
             │                                              │ Birkenallee 73, 56789 Neudorf
            """])
        #expect(box[.bauherr]?.value == "Marta Zimmermann")
        #expect(box[.architekt]?.value == "Wolfgang Kowalski")
    }

    @Test func roleSectionsOfFormsWithTheNameBelowItsField() {
        let form = fields(["""
             2   BAUHERRIN / BAUHERR
             2.1 Name, Vorname bzw. Firma
                 Aylin Braun
             2.2 Anschrift (Zustellung)
                 Lindenweg 70, 45678 Oberfeld
             3   ENTWURFSVERFASSERIN / ENTWURFSVERFASSER
             3.1 Name                                       3.2 Mitgliedsnr. Architektenkammer NRW
                 Ute Schröder                             59919
            """])
        #expect(form[.bauherr]?.value == "Aylin Braun")
        #expect(form[.architekt]?.value == "Ute Schröder")
        let numbered = fields(["ABSCHNITT 2 - BAUHERRSCHAFT\n[07] Name / Firma ...................... Wohnbau Krüger GmbH"])
        #expect(numbered[.bauherr]?.value == "Wohnbau Krüger GmbH")
        // An OCR-damaged title and a role word are not part of the name; a role alone is no name.
        #expect(FieldExtractor.personName("Archifekt/in Johanna Engel") == "Johanna Engel")
        #expect(FieldExtractor.personName("Bauleitung Piotr Kowalski") == "Piotr Kowalski")
        #expect(FieldExtractor.personName("Planer der Entwässerungsanlage") == nil)
    }

    @Test func numberedFieldsBesideEachOtherAndTheLegalHeight() {
        // The next field's number is no value; its label is no Gemarkung.
        let form = fields(["""
               15 Zahl der Vollgeschosse                       16 Geschossflaeche GF
                  3                                               2.840,00 m2
              GEMARKUNG                    FL.NR.                 GEMEINDE
              Mühlenbeck                   1742                   Bergen
            """])
        #expect(form[.vollgeschosse]?.number == 3)
        #expect(form[.gemarkung]?.value == "Mühlenbeck")
        // Storeys and the height of the building classes in prose over two lines.
        let prose = fields(["""
            Das Gebäude wird als Gewerbehalle genutzt und erhält 2 oberirdische(s)
            Vollgeschoss(e) über einer Bodenplatte ohne Unterkellerung.
            Die Fußbodenoberkante des höchstgelegenen Geschosses, in dem ein Aufenthaltsraum möglich ist,
            liegt im Mittel 8,57 m über der Geländeoberfläche.
            Das Grundstück ist im Liegenschaftskataster als Gemarkung
            Unterfeld, Flur 7, Flurstück 116/26 verzeichnet.
            """])
        #expect(prose[.vollgeschosse]?.number == 2)
        #expect(prose[.hoehe]?.number == 8.57)
        #expect(prose[.gemarkung]?.value == "Unterfeld")
    }

    @Test func ratiosOfOneSentenceAndNumbersThatAreNoValues() {
        let prose = fields(["""
            Der Bebauungsplan setzt für das Gebiet eine GRZ von 0,4 und eine GFZ von 0,8 fest.
            Daraus ergeben sich eine Grundflächenzahl von 0,27 und eine Geschossflächenzahl von 0,70.
            Die Brutto-Grundfläche nach DIN 277 beläuft sich auf 921,53 m².
            """])
        #expect(prose[.grz]?.number == 0.27)
        #expect(prose[.gfz]?.number == 0.7)
        #expect(prose[.bgf]?.number == 921.53)
        let sheet = fields(["Flaechen_2519.xlsx          Blatt: GRZ-GFZ          Seite 1 von 1\n   5  Gemarkung               6  Flur              7  Flurstück(e)"])
        #expect(sheet[.grz] == nil)
        #expect(sheet[.flur] == nil)
    }

    @Test func neighboursNotesAndPowersOfAttorneyInLetters() {
        #expect(fields(["  - Grenzabstand zum Flurstück 300/25 (Eigentümer/in Katharina Schröder): 2,50 m"])[.bauherr] == nil)
        #expect(fields(["Hinweis: Bei mehreren Bauherrinnen/Bauherren ist für jede Person eine Vollmacht beizufügen."])[.bauherr] == nil)
        #expect(FieldExtractor.personName("Dipl.-Ing. Univ. Gisela Zimmermann") == "Gisela Zimmermann")
        let letter = fields(["""
            Vollmacht
            als Bauherrschaft bevollmächtigen wir hiermit

                  Anna Zimmermann, M.Sc. Architektur
                  Ahornweg 75, 12345 Musterstadt
            """], kind: .vollmacht)
        #expect(letter[.architekt]?.value == "Anna Zimmermann")
    }

    @Test func threeLineSentencesNextFieldNumbersAndTheSiteOnAPlan() {
        let prose = fields(["""
            Die Höhe des Gebäudes,
            gemessen von der mittleren Geländeoberfläche bis zur Oberkante Attika,
            beträgt 12,96 m. Das Dach wird als Zeltdach ausgeführt.
            """])
        #expect(prose[.hoehe]?.number == 12.96)
        let form = fields(["""
               19 Brutto-Grundflaeche nach DIN 277             20 Brutto-Rauminhalt nach DIN 277
                  5 265,43 m2                                     16.441,00 m3
            """])
        #expect(form[.bgf]?.number == 5265.43)
        let plan = fields(["""
                    Flst. 978/7
                    ██  Flst. 1127 (Baugrundstück)
            """], kind: .lageplan)
        #expect(plan[.flurstueck]?.value == "1127")
    }

    @Test func formulasAndIndentedCounts() {
        let sheet = fields(["""
                 GF (Summe der Vollgeschosse) = 3.411,76 m²
                 GFZ = GF / Grundstücksfläche = 3 970,37 / 3.996   =   0,99
            """])
        #expect(sheet[.gfz]?.number == 0.99)
        #expect(fields(["Gebäude\n        Nutzung: Pflegeeinrichtung\n        5 Vollgeschoss(e), Kellergeschoss unbeheizt"])[.vollgeschosse]?.number == 5)
    }

    @Test func unlabelledAddressesBelongToTheirBlock() {
        let found = fields(["""
            Auftraggeber/in
                Evangelische Kirchengemeinde Neudorf
                Birkenallee 72, 12345 Talheim

            Objekt
                Neubau: Produktionshalle mit Nebenanlagen
                Gartenstraße 57a, 23456 Neudorf
            """])
        #expect(found[.adresse]?.value == "Gartenstraße 57a")
    }

    @Test func signaturesInColumnsAndRolesUnderneath() {
        let columns = fields(["""
               ...................................              ...................................
               Unterschrift Antragsteller/in                    Unterschrift Entwurfsverfasser/in
               Berger & Roth Projektentwicklung GmbH
                                                                Tobias Kowalski
            """])
        #expect(columns[.architekt]?.value == "Tobias Kowalski")
        let letter = fields(["""
            Aufgestellt:  Bergen an der Aue, den 23.07.2026

                 ..........................................
                 Gisela Zimmermann
                 (Entwurfsverfasser)
            """])
        #expect(letter[.architekt]?.value == "Gisela Zimmermann")
        // A role at the end of running text: the name on the next line, wherever it starts.
        #expect(fields(["im Auftrag und mit Vollmacht der Bauherrschaft\n\n        Aylin Neumann\n        Wiesengrund 43, 45678 Musterstadt"])[.bauherr]?.value == "Aylin Neumann")
    }

    @Test func theAddresseeOfAnOfficesLetterIsTheBauherr() {
        let fromOffice = fields(["""
            Gisela Nowak
            Energieberatung und Wärmeschutz
            Gartenstraße 49, 56789 Neudorf


            Busch & Roth Projektentwicklung GmbH
            Birkenallee 27, 45678 Musterstadt
                                                                        Neudorf, den 03.01.2026

            Nachweis des energiesparenden Wärmeschutzes (GEG)
            """])
        #expect(fromOffice[.bauherr]?.value == "Busch & Roth Projektentwicklung GmbH")
        // A letter to the building authority names no Bauherr/in by its address block.
        let toAuthority = fields(["""
            Architekturbüro Weiß
            Gartenstraße 49, 56789 Neudorf

            Landratsamt Neudorf
            Bauaufsicht
            Am Markt 1, 56789 Neudorf
            """])
        #expect(toAuthority[.bauherr] == nil)
    }

    @Test func anOfficeInATitleBlockIsNotTheEntwurfsverfasser() {
        // The office's name heads the column; the person stands a few lines below it.
        let block = fields(["""
            | Gezeichnet      | Geprüft         | Entwurfsverfasser
            | kl / 03.03.2026 | mt              | HAFENKANTE PLANUNGSGESELLSCHAFT MBH
            |                 |                 | Elbchaussee 12 · 22763 Hamburg
            |                 |                 | Dipl.-Ing. Greta Sommerfeld
            """])
        #expect(block[.architekt]?.value == "Greta Sommerfeld")
        // With no person under it, the office is no answer at all.
        let onlyOffice = fields(["BAUHERR                    ENTWURFSVERFASSER\nGreta Sommerfeld           NORDLICHT ARCHITEKTEN PARTGMBB"])
        #expect(onlyOffice[.architekt] == nil)
        #expect(FieldExtractor.isOffice("Müller + Sohn Architekten"))
        #expect(!FieldExtractor.isOffice("Greta Sommerfeld"))
        // An office word before the person is a title: "ATELIER Jonas Berg".
        #expect(FieldExtractor.personName("ATELIER Jonas Berg") == "Jonas Berg")
    }

    @Test func aFormsWordsAreNoOnesName() {
        #expect(FieldExtractor.personName("Festsetzung B-Plan") == nil)
        #expect(FieldExtractor.personName("Stellplatz Nr. 4") == nil)
        #expect(FieldExtractor.personName("PLANGRÖSSE INDEX") == nil)
        // A company keeps its nouns, and a surname that ends like a noun stays a name.
        #expect(FieldExtractor.personName("Nord Projektentwicklung GmbH") == "Nord Projektentwicklung GmbH")
        #expect(FieldExtractor.personName("Karin Jung") == "Karin Jung")
    }

    @Test func planValuesAndFieldNumbersAreNoStoreysOrClasses() {
        // A plan's permitted storeys, as a range or with "zwingend", are not the building's.
        #expect(fields(["Festsetzungen: MI, GRZ 0,6, III–V Vollgeschosse"])[.vollgeschosse] == nil)
        #expect(fields(["Zahl der Vollgeschosse       IV zwingend        4"])[.vollgeschosse] == nil)
        // A form's field number before the label is not the count.
        #expect(fields(["Nr. 12 Vollgeschosse: 3                Nr. 13 Wohnungen: 8"])[.vollgeschosse]?.number == 3)
        #expect(fields(["EF 8   Gebäudeart               EF 9   Vollgeschosse\n       Bürogebäude                     2"])[.vollgeschosse]?.number != 9)
        // The bracket after the label is the label's: "(§ 2 Abs. 3 BauO NRW)" gives no class 3.
        let classBelow = fields(["4.1   Gebäudeklasse (§ 2 Abs. 3 BauO NRW)          4.2   Nutzung\n      2                                          Wohngebäude"])
        #expect(classBelow[.gebaeudeklasse]?.number != 3)
        // A compound cell under a compound header.
        let parcel = fields(["BAUORT                                GEMARKUNG / FLURSTÜCK\nAm Deich 4, 21129 Hamburg             Finkenwerder / 811/3"])
        #expect(parcel[.gemarkung]?.value == "Finkenwerder")
        #expect(parcel[.flurstueck]?.value == "811/3")
    }

    @Test func aNumberLabelledAsAnotherMeasureIsNoFact() {
        #expect(FieldLexicon.namesOtherMeasure("Grundfläche (GR)"))
        #expect(FieldLexicon.namesOtherMeasure("zulässige Geschossfläche GF"))
        #expect(!FieldLexicon.namesOtherMeasure("Brutto-Grundfläche"))
        let numbers = NumberCandidate.all(pages: ["   | Grundfläche (GR)    | -      | 1.204,50 m²\n   | Brutto-Grundfläche  | -      | 3.980,00 m²"], kind: .lageplan)
        #expect(numbers.first { $0.grouped == 1204.5 }?.namesOtherMeasure == true)
        #expect(numbers.first { $0.grouped == 3980 }?.namesOtherMeasure == false)
    }

    @Test func classesInProseAndRangesAndTheUseUnderItsField() {
        #expect(fields(["Es handelt sich um ein Gebäude der Gebäudeklasse 3 mit 2 Vollgeschossen."])[.gebaeudeklasse]?.number == 3)
        #expect(fields(["(nur bei Gebäuden der GK 1 bis 3 erforderlich)"])[.gebaeudeklasse] == nil)
        #expect(fields(["Nachweise für die Gebäudeklassen 4 und 5"])[.gebaeudeklasse] == nil)
        let use = fields(["EF 21   Gebäudeart (Klartext)              EF 22   Schlüssel\n        Pflegeheim                                 14"])
        #expect(use[.nutzung]?.value == BuildingUse.sozial.rawValue)
        // A cadastre's land use is not the building's.
        #expect(fields(["Nutzungsart                 Fläche\nGebäude- und Freifläche Wohnen   612 m²"], kind: .liegenschaftskataster)[.nutzung] == nil)
        // The planned column of a comparison table, though the permitted one says "Höchstmaß".
        let table = fields(["""
            Kennwert                      | zulässig / Festsetzung | geplant
            Zahl der Vollgeschosse        | IV (Höchstmaß)         | 3
            """])
        #expect(table[.vollgeschosse]?.number == 3)
    }

    @Test func valuesOfTheirOwnSentenceAndLabelsAfterTheNumber() {
        // The cost of its own sentence, not the fee after it; "lt. Angabe" ends no sentence.
        let cost = fields(["Grundlage ist der Herstellungswert des Vorhabens,\nlt. Angabe der Bauherrin 2.340.000 EUR. Die Gebühr beträgt 1.210,40 EUR."])
        #expect(cost[.baukosten]?.number == 2_340_000)
        // The site area of its sentence, though the next one names the permitted GRZ.
        #expect(fields(["Die Grundstücksfläche beträgt 812 qm, die zulässige GRZ von 0,4 wird eingehalten."])[.grundstuecksflaeche]?.number == 812)
        // "Flst. Nr." and "Flurstück Nr." before the number.
        #expect(fields(["Baugrundstück Flst. Nr. 41/7, Gemarkung Auental"])[.flurstueck]?.value == "41/7")
        // The label after its number, but not the next value's label.
        #expect(fields(["| 1 | Hauptnutzung | 2.310,50 m2 BGF | Anl. 2 |"])[.bgf]?.number == 2310.5)
        #expect(fields(["Grundfläche GR ........ 640,20 m² Brutto-Grundfläche (R) ......... 1.880,00 m²"])[.bgf]?.number == 1880)
    }

    @Test func numberedRoleSectionsOfAPowerOfAttorney() {
        let form = fields(["""
            1  Vollmachtgeberin / Vollrnachfgeber (Bauherrin / Bauherr)
            1.1  Name, Vorname bzw. Firrna / Körperschaft
                 Jana Kolbe
            1.2  Anschrift
                 Lindenhof 3, 10115 Berlin
            2  Bcvollrnac htigte / Bevollmächtigter
            2.1  Name, Vorname, Berufsbezeichnung
                 Malte Ahrens, Architekt
            3  Baugrundstück
            3.1  Name des Vorhabens
                 Wohnhaus Lindenhof
            """])
        #expect(form[.bauherr]?.value == "Jana Kolbe")
        #expect(form[.architekt]?.value == "Malte Ahrens")
    }

    @Test func ownersEntriesNeighboursTablesAndRepresentatives() {
        let extract = fields(["""
            Eigentümer
              1   Ilse Marquardt
                  Bachweg 2, 97070 Würzburg

            Angrenzende Flurstücke (nach Angabe der Antragstellerin)

            | Fl.Nr.  | Lage          | Fläche m² | Eigentümer/in     |
            |---------|---------------|-----------|-------------------|
            | 412/3   | Am Bach 4     | 610       | Otto Reinhold     |
            """], kind: .liegenschaftskataster)
        #expect(extract[.bauherr]?.value == "Ilse Marquardt")
        // The contact of a company that is addressed is not its Entwurfsverfasser/in.
        let letter = fields(["Nordhafen Wohnbau GmbH\nz. Hd. Herrn Kai Lorenzen\nKaistraße 5, 24103 Kiel"])
        #expect(letter[.architekt] == nil)
        #expect(letter[.bauherr]?.value != "Kai Lorenzen")
        // A company named with its representative stays the Bauherr/in.
        #expect(fields(["Bauherr: Stadtwerke Auental GmbH, vertreten durch Herrn Jens Ott"])[.bauherr]?.value == "Stadtwerke Auental GmbH")
    }

    @Test func signaturesWithTheirRoleBesideOrBelow() {
        #expect(fields(["_____________________\nGreta Sommerfeld\nArchitektin · Entwurfsverfasserin\nKammer-Nr. 1234"])[.architekt]?.value == "Greta Sommerfeld")
        #expect(fields(["______________________________\nJonas Berg, Entwurfsverfasser/in"])[.architekt]?.value == "Jonas Berg")
        #expect(fields(["nach den Eingabeplänen des Architekturbüros Lena Voss vom 02.03.2026"])[.architekt]?.value == "Lena Voss")
    }

    @Test func exportsFilledFormsAndOldAgainstNewColumns() {
        // A spreadsheet export: a record of labels and a record of values, and label;value rows.
        let csv = fields(["Rolle;Gemarkung;Flur;Flurstück;Fläche [m²]\nBaugrundstück;Auental;4;117/2;1.204,00\nNachbar;Auental;4;118;611\n\nFeld;Inhalt\nBauherr/in;Jana Kolbe\nVorhaben;Neubau eines Wohnhauses"])
        #expect(csv[.gemarkung]?.value == "Auental")
        #expect(csv[.flur]?.value == "4")
        #expect(csv[.flurstueck]?.value == "117/2")
        #expect(csv[.bauherr]?.value == "Jana Kolbe")
        let tabs = fields(["Gemarkung\tFlur\tFlurstück\nSeefeld\t12\t88/1"])
        #expect(tabs[.flurstueck]?.value == "88/1")
        // A hand-filled form: the value on the line drawn for it.
        let form = fields(["Gemarkung: Auental______ Flur: 4____ Flurstück(e): 117/2__________"])
        #expect(form[.gemarkung]?.value == "Auental")
        #expect(form[.flurstueck]?.value == "117/2")
        // A comparison of the permitted, the old and the new values: the new column.
        let table = fields(["""
            | Kennwert                         | zulässig | bisher (A)  | neu
            | Gebäudeklasse (§ 2 Abs. 3 BauO)  | –        | unverändert | 3
            | Zahl der Vollgeschosse           | –        | unverändert | 2
            | Gebäudehöhe über GOK [m]         | –        | 14,10       | 9,85
            """])
        #expect(table[.gebaeudeklasse]?.number == 3)
        #expect(table[.vollgeschosse]?.number == 2)
        #expect(table[.hoehe]?.number == 9.85)
        // Prose with a semicolon is no record.
        #expect(DelimitedText.fields("Die Wände sind tragend; die Decken nicht.", delimiter: ";") == nil)
    }

    @Test func variantsRevisionsAndAreasInTheDeclaredColumn() {
        // Variants side by side: the one applied for.
        let variants = fields(["Kennwert\tEinheit\tVar. 1 Vorentwurf (verworfen)\tVar. 2 Bauantrag (beantragt)\nVollgeschosse\t[-]\t4\t2\nBrutto-Grundfläche BGF\t[m²]\t745,00\t3 179"])
        #expect(variants[.vollgeschosse]?.number == 2)
        #expect(variants[.bgf]?.number == 3179)
        // A revision table: the row marked as replaced is not the one in force.
        let revisions = fields(["INDEX;DATUM;STAND;VOLLGESCHOSSE;BEMERKUNG\nA;17.11.2024;Vorentwurf;3;überholt\nB;23.02.2026;Bauantrag;5;gilt"])
        #expect(revisions[.vollgeschosse]?.number == 5)
        // A row whose basis is the BGF is no BGF row.
        let parking = fields(["""
               Nutzung                     Richtzahl              Soll     Ist
               Fahrräder                   1 je 50 qm BGF          14       14
            Die Brutto-Grundfläche beträgt 2 310 qm.
            """])
        #expect(parking[.bgf]?.number == 2310)
        #expect(fields(["Kosten KG 300 + 400, brutto [€]:  1.940.000"])[.baukosten]?.number == 1_940_000)
    }

    @Test func footnotesFormerValuesAndParagraphNumbers() {
        #expect(fields(["   Höhe¹⁾: __12,40__ m      Brutto-Grundfläche: __980,00__ m²"])[.hoehe]?.number == 12.4)
        // A height given up is not the one applied for.
        let minutes = fields(["Ursprünglich war eine Gebäudehöhe von 14,60 m vorgesehen. Nun ist eine Gesamthöhe von 9,80 m geplant."])
        #expect(minutes[.hoehe]?.number == 9.8)
        // The value in force of a revision table, with the unit in the header.
        let revisions = fields(["INDEX;STAND;GEBAEUDEHOEHE [m];BEMERKUNG\nA;Vorentwurf;10,85;ueberholt\nB;Bauantrag;19,96;gilt"])
        #expect(revisions[.hoehe]?.number == 19.96)
        #expect(fields(["Summe aller Vollgeschosse (Außenmaße)   145,51   § 20 Abs. 3 BauNVO"])[.vollgeschosse] == nil)
    }

    @Test func abbreviationsStreetsChambersAndReplies() {
        #expect(FieldExtractor.personName("Arch. Lena Voss") == "Lena Voss")
        #expect(FieldExtractor.personName("Potsdamer Chaussee 76, 14476 Potsdam") == nil)
        #expect(FieldExtractor.personName("AW: Bauantrag Az. 17/2026") == nil)
        #expect(FieldExtractor.isOffice("AK Rheinland-Pfalz"))
        let titleBlock = fields(["| BGF (R) [m²]  | BRI [m³]     | GK  | Nutzung\n| 1.240,00      | 4.310,00     | 3   | Wohngebäude"])
        #expect(titleBlock[.gebaeudeklasse]?.number == 3)
        #expect(fields(["Nr. 6  Gebäudeart / überwiegende Nutzung (bitte genau bezeichnen)\n       Einzelhandel"])[.nutzung]?.value == BuildingUse.einzelhandel.rawValue)
    }

    @Test func anAddressInAPersonsSectionIsThatPersons() {
        let form = fields(["""
            A. Bauherrin / Bauherr
            Name, Vorname / Firma: Nordlicht Wohnbau GmbH____________
            Straße, Hausnr., PLZ, Ort: Hafenstraße 3, 24103 Kiel____________

            B. Grundstück
            Straße/Hausnr.: Lindenweg 50a_______________  PLZ/Ort: 24105 Kiel____
            """])
        #expect(form[.adresse]?.value == "Lindenweg 50a")
        #expect(form[.bauherr]?.value == "Nordlicht Wohnbau GmbH")
    }

    @Test func abbreviationsParkingRulesAndNamesThatLookLikeNouns() {
        #expect(fields(["Baukosten inkl. MwSt. 1.250.000 EUR"])[.baukosten]?.number == 1_250_000)
        #expect(fields(["Fahrräder: 1 Stellplatz je 40 m² BGF"])[.bgf] == nil)
        #expect(FieldExtractor.personName("Karl Große") == "Karl Große")
        #expect(FieldExtractor.personName("Erbengemeinschaft Lohmann") == "Erbengemeinschaft Lohmann")
        #expect(!FieldExtractor.isOffice("Hans Kammerer"))
        #expect(!FieldExtractor.isOffice("Lena Weg"))
        #expect(fields(["Wohnhaus Müller, Entwurf (M 1:100)"])[.architekt] == nil)
        // An initial before a surname does not end the person's section.
        let section = fields(["Bauherr\nName: M. Schneider\nAnschrift: Hafenstraße 3, 24103 Kiel\n\nBaugrundstück\nLage: Lindenweg 5, 24105 Kiel"])
        #expect(section[.adresse]?.value == "Lindenweg 5")
        // Units keep their powers; a footnote mark does not move the columns.
        #expect(FieldExtractor.layout("Höhe¹⁾   12,40 m   Fläche 3 km²") == "Höhe     12,40 m   Fläche 3 km²")
    }
}
