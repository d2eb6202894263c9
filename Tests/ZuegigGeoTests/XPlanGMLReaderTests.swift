// Reading XPlanGML: both shared sample plans (5.3), our demo plan (6.0, with arcs and curve rings),
// and clear refusals of what is not a plan.
import Foundation
import Testing
@testable import ZuegigGeo

struct XPlanGMLReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ name: String) throws -> Data {
        let url = root.appendingPathComponent("Tests/ZuegigGeoTests/Samples/\(name)")
        return try Data(contentsOf: url)
    }

    @Test func readsTheFirstSamplePlanAndListsWhatItDoesNotEvaluate() throws {
        let plan = try XPlanGMLReader.read(try Self.sample("bp_plan.gml"))
        #expect(plan.version == "5.3")
        #expect(plan.name == "bp_plan")
        #expect(plan.areas.count == 2)
        let zones = plan.features(.buildingZone)
        #expect(zones.count == 2)
        let wa = try #require(zones.first { $0.specialUse == 1200 })
        #expect(wa.dimensions.GRZ == 0.4)
        #expect(wa.dimensions.Z == 2)
        #expect(wa.heights.first?.hMin == 5)
        #expect(wa.srsName == "EPSG:25832")
        #expect(plan.otherFeatures["BP_Wegerecht"] == 1)
        #expect(plan.otherFeatures["BP_Immissionsschutz"] == 1)
        #expect(plan.otherProperties["BP_BaugebietsTeilFlaeche/dachform"] == 1)
        #expect(plan.warnings.contains { $0.contains("mischt Koordinatensysteme") })
    }

    @Test func readsTheSecondSamplePlanWithAMultiSurfaceScope() throws {
        let plan = try XPlanGMLReader.read(try Self.sample("bp_plan1.gml"))
        #expect(plan.name == "Denkmalbereichssatzung Eisenbahnersiedlung")
        #expect(plan.municipality == "Wustermark")
        #expect(plan.scope.count == 1)
        #expect(plan.coverage.reduce(0) { $0 + $1.area } > 200_000)
        #expect(plan.features.isEmpty)
    }

    @Test func readsOurDemoPlanInVersion6WithArcsAndCurveRings() throws {
        let plan = try XPlanGMLReader.read(try Data(contentsOf: Self.root.appendingPathComponent("Demo/bplan-am-lindenweg.gml")))
        #expect(plan.version == "6.0")
        #expect(plan.features(.buildingZone).count == 2)
        #expect(plan.features(.buildingLine).count == 1)
        let window = try #require(plan.features(.overbuildableArea).first { $0.gmlID == "Gml_UBF_WA" })
        // 90 x 25 rectangle with a quarter circle of radius 5 cut from one corner: 2250 - 25 + 25π/4.
        let expected = 90.0 * 25 - 25 + 25 * Double.pi / 4
        #expect(abs(window.polygons[0].area - expected) < 0.05)
        #expect(window.references == ["Gml_BG_WA"])
        #expect(plan.otherFeatures["BP_StrassenVerkehrsFlaeche"] == 1)
    }

    @Test(arguments: [
        ("not xml at all", "kein gültiges XML"),
        ("<a><b></a>", "kein gültiges XML"),
        ("<xplan:XPlanAuszug xmlns:xplan=\"http://www.xplanung.de/xplangml/6/0\"><gml:featureMember", "kein gültiges XML"),
        ("", "kein gültiges XML"),
        ("<root xmlns=\"urn:x\"/>", "kein XPlanGML"),
        ("<XPlanAuszug xmlns=\"http://www.xplanung.de/xplangml/4/1\"/>", "nicht unterstützt"),
        ("<XPlanAuszug xmlns=\"http://www.xplanung.de/xplangml/5/4\"/>", "keinen Bebauungsplan"),
    ])
    func refusesWhatIsNotAPlanWithAClearMessage(text: String, message: String) {
        do {
            _ = try XPlanGMLReader.read(Data(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.contains(message))
        }
    }

    @Test func keepsReadingWhenOneFeatureHasABadGeometry() throws {
        let gml = """
        <xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/5/4" xmlns:gml="http://www.opengis.net/gml/3.2">
        <gml:featureMember><xplan:BP_Plan gml:id="P"><xplan:name>Test</xplan:name></xplan:BP_Plan></gml:featureMember>
        <gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="Bad"><xplan:position><gml:Polygon srsName="EPSG:25832">
        <gml:exterior><gml:LinearRing><gml:posList>0 0 2 2 2 0 0 2 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position>
        <xplan:GRZ>0.4</xplan:GRZ></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>
        <gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="Open"><xplan:position><gml:Polygon srsName="EPSG:25832">
        <gml:exterior><gml:LinearRing><gml:posList>0 0 5 0 5 5 0 5</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></xplan:position>
        </xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>
        </xplan:XPlanAuszug>
        """
        let plan = try XPlanGMLReader.read(Data(gml.utf8))
        #expect(plan.features.isEmpty)
        #expect(plan.warnings.count == 2)
        #expect(plan.warnings[0].contains("schneidet sich selbst"))
        #expect(plan.warnings[1].contains("nicht geschlossen"))
    }

    /// libxml2 refuses one input buffer over 10 MB; the reader streams, so a larger plan reads whole.
    @Test func readsAPlanLargerThanTenMegabytes() throws {
        var gml = """
        <xplan:XPlanAuszug xmlns:xplan="http://www.xplanung.de/xplangml/6/0" xmlns:gml="http://www.opengis.net/gml/3.2">
        <gml:featureMember><xplan:BP_Plan gml:id="P"><xplan:name>Gross</xplan:name></xplan:BP_Plan></gml:featureMember>

        """
        var count = 0
        while gml.utf8.count < 11_000_000 {
            let x = Double(count % 200) * 50, y = Double(count / 200) * 50
            gml += """
            <gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id="Z\(count)"><xplan:position><gml:Polygon srsName="EPSG:25833">\
            <gml:exterior><gml:LinearRing><gml:posList>\(x) \(y) \(x + 40) \(y) \(x + 40) \(y + 40) \(x) \(y + 40) \(x) \(y)</gml:posList>\
            </gml:LinearRing></gml:exterior></gml:Polygon></xplan:position><xplan:GRZ>0.4</xplan:GRZ>\
            <xplan:bemerkung>\(String(repeating: "Textliche Festsetzung ", count: 20))</xplan:bemerkung></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>

            """
            count += 1
        }
        gml += "</xplan:XPlanAuszug>\n"
        let plan = try XPlanGMLReader.read(Data(gml.utf8))
        #expect(plan.features(.buildingZone).count == count)
        #expect(plan.features(.buildingZone).last?.gmlID == "Z\(count - 1)")
    }
}
