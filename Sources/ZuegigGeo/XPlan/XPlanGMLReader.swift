// Reads XPlanGML 5.0 to 6.0 (BP_Plan and the features Zügig evaluates). Unknown feature types and
// unevaluated properties are counted, never dropped silently; invalid geometries become warnings
// naming the feature, and the feature is left out of the checks.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

public enum XPlanGMLReader {
    public static let supportedVersions = ["5.0", "5.1", "5.2", "5.3", "5.4", "6.0"]

    /// The XPlanGML version from the namespace ("http://www.xplanung.de/xplangml/5/3" -> "5.3").
    public static func version(namespace: String) -> String? {
        let prefix = "http://www.xplanung.de/xplangml/"
        guard namespace.hasPrefix(prefix) else { return nil }
        let version = namespace.dropFirst(prefix.count).replacingOccurrences(of: "/", with: ".")
        return supportedVersions.contains(version) ? version : nil
    }

    public static func read(_ data: Data) throws(XPlanError) -> DevelopmentPlan {
        var builder = Builder()
        let delegate = FeatureStreamParser { feature in builder.add(feature) }
        // A stream, not the data at once: corelibs hands data to libxml2 in one chunk, and libxml2
        // refuses a single input buffer over 10 MB (XML_MAX_LOOKUP_LIMIT) without XML_PARSE_HUGE.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        _ = parser.parse()
        // On Linux, parse() may answer true after an error; the delegate's first error decides.
        if let failure = delegate.firstError ?? parser.parserError.map({ (line: parser.lineNumber, code: ($0 as NSError).code) }) {
            throw .notXML(line: failure.line, reason: Self.describeXMLError(code: failure.code))
        }
        guard let root = delegate.root else { throw .notXML(line: 1, reason: "leere Datei") }
        guard root.name == "XPlanAuszug" else { throw .notXPlanGML(root: root.name) }
        guard let version = version(namespace: root.namespace) else { throw .unsupportedVersion(namespace: root.namespace) }
        return try builder.plan(version: version, root: root)
    }

    static func describeXMLError(code: Int) -> String {
        switch code {
        case 1: "interner Fehler des XML-Parsers"
        case 4, 5: "die Datei ist leer oder endet mitten im Dokument (abgeschnitten?)"
        case 26, 27: "ein unbekanntes Entity wird benutzt"
        case 76: "Start- und End-Tag passen nicht zusammen"
        case 41, 42, 65, 73: "ein Element oder Attribut ist nicht wohlgeformt"
        default: "XML-Fehler Nr. \(code)"
        }
    }

    /// Collects features while the parser streams them.
    struct Builder {
        var plan: XMLNode?
        var areas: [PlanArea] = []
        var features: [PlanFeature] = []
        var otherFeatures: [String: Int] = [:]
        var otherProperties: [String: Int] = [:]
        var warnings: [String] = []
        var systems: [String: Int] = [:]

        /// Properties every feature may carry that carry nothing the checks need.
        static let descriptive: Set<String> = [
            "boundedBy", "gehoertZuBereich", "rechtscharakter", "rechtsstand", "flaechenschluss", "ebene", "wirdDargestelltDurch",
            "refTextInhalt", "text", "textSchluessel", "uuid", "startBedingung", "endeBedingung", "aufschrift", "gliederung1",
            "gliederung2", "position", "hoehenangabe", "baugrenze", "baulinie", "allgArtDerBaulNutzung", "besondereArtDerBaulNutzung",
            "externeReferenz", "gesetzlicheGrundlage",
        ]

        mutating func add(_ node: XMLNode) {
            let id = node.attribute("id") ?? "(ohne gml:id, Zeile \(node.line))"
            switch node.name {
            case "BP_Plan":
                plan = node
            case "BP_Bereich":
                areas.append(PlanArea(gmlID: id, name: node.child("name")?.trimmedText, number: node.child("nummer")?.trimmedText,
                                      scope: polygons(node.child("geltungsbereich"), owner: id)))
            default:
                guard let kind = PlanFeatureKind(rawValue: node.name) else {
                    otherFeatures[node.name, default: 0] += 1
                    return
                }
                feature(kind, node, id: id)
            }
        }

        mutating func feature(_ kind: PlanFeatureKind, _ node: XMLNode, id: String) {
            var feature = PlanFeature(kind: kind, gmlID: id)
            do {
                for child in node.children {
                    if try feature.dimensions.read(child) { continue }
                    switch child.name {
                    case "position":
                        let geometry = try GMLGeometryReader.read(child, inheritedSRS: nil)
                        feature.polygons = geometry.polygons
                        feature.lines = geometry.lines
                        feature.srsName = geometry.srsName.map(XPlanGMLReader.normalisedSRS)
                    case "hoehenangabe":
                        for limit in child.children("XP_Hoehenangabe") { feature.heights.append(try HeightLimit.read(limit)) }
                    case "allgArtDerBaulNutzung": feature.generalUse = Int(child.trimmedText)
                    case "besondereArtDerBaulNutzung": feature.specialUse = Int(child.trimmedText)
                    case "gliederung1", "gliederung2": feature.label = [feature.label, child.trimmedText].compactMap { $0 }.joined(separator: " ")
                    case "baugrenze", "baulinie":
                        if let href = child.attribute("href") { feature.references.append(String(href.drop { $0 == "#" })) }
                    default:
                        if !Self.descriptive.contains(child.name) { otherProperties["\(node.name)/\(child.name)", default: 0] += 1 }
                    }
                }
            } catch {
                warnings.append("\(kind.germanLabel) \(id): \(error.description) Das Objekt wird bei der Prüfung nicht berücksichtigt.")
                return
            }
            let expectsArea = kind == .buildingZone || kind == .overbuildableArea
            if expectsArea ? feature.polygons.isEmpty : feature.lines.isEmpty && feature.polygons.isEmpty {
                warnings.append("\(kind.germanLabel) \(id): keine \(expectsArea ? "Flächen" : "Linien")geometrie; das Objekt wird bei der Prüfung nicht berücksichtigt.")
                return
            }
            if let srs = feature.srsName { systems[srs, default: 0] += 1 }
            features.append(feature)
        }

        mutating func polygons(_ property: XMLNode?, owner: String) -> [Polygon] {
            guard let property else { return [] }
            do {
                let geometry = try GMLGeometryReader.read(property, inheritedSRS: nil)
                if let srs = geometry.srsName { systems[XPlanGMLReader.normalisedSRS(srs), default: 0] += 1 }
                return geometry.polygons
            } catch {
                warnings.append("Geltungsbereich von \(owner): \(error.description)")
                return []
            }
        }

        mutating func plan(version: String, root: XMLNode) throws(XPlanError) -> DevelopmentPlan {
            guard let plan else { throw .noPlan }
            let id = plan.attribute("id") ?? "BP_Plan"
            let scope = polygons(plan.child("raeumlicherGeltungsbereich"), owner: id)
            let municipality = plan.child("gemeinde")?.descendants("gemeindeName").first?.trimmedText
            let rootSRS = root.child("boundedBy")?.child("Envelope")?.attribute("srsName").map(XPlanGMLReader.normalisedSRS)
            let srs = systems.max { $0.value < $1.value }?.key ?? rootSRS
            if systems.count > 1 {
                let list = systems.keys.sorted().map { "\($0) (\(systems[$0] ?? 0)×)" }.joined(separator: ", ")
                warnings.append("Der Plan mischt Koordinatensysteme: \(list). Geprüft wird nur, was im System des Vorhabens liegt.")
            }
            for system in systems.keys where !Self.supportedSystems.contains(system) {
                warnings.append("Koordinatensystem \(system) ist nicht ETRS89/UTM (EPSG:25832/25833); Flächen und Abstände sind dort nicht in Metern.")
            }
            return DevelopmentPlan(
                gmlID: id, name: plan.child("name")?.trimmedText ?? "(ohne Namen)", number: plan.child("nummer")?.trimmedText,
                municipality: municipality, version: version, srsName: srs, scope: scope, areas: areas, features: features,
                otherFeatures: otherFeatures, otherProperties: otherProperties, warnings: warnings
            )
        }

        static let supportedSystems: Set<String> = ["EPSG:25832", "EPSG:25833"]
    }

    /// "urn:ogc:def:crs:EPSG::25833", "http://www.opengis.net/def/crs/EPSG/0/25833" -> "EPSG:25833".
    public static func normalisedSRS(_ name: String) -> String {
        let digits = name.reversed().prefix { $0.isNumber }
        guard !digits.isEmpty, name.uppercased().contains("EPSG") else { return name }
        return "EPSG:" + String(digits.reversed())
    }
}
