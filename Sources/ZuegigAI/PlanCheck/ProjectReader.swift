// Reads project data: our JSON format (see docs/plan-check.md) or a GeoJSON FeatureCollection whose
// features carry a `role` (site, building, ancillary, road) in their properties.
import Foundation
import ZuegigGeo

public enum ProjectReader {
    public static let maxBuildings = 50

    public static func read(_ data: Data) throws(ProjectError) -> Project {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ProjectError("Die Vorhabensdaten sind kein gültiges JSON.")
        }
        guard let root = object as? [String: Any] else { throw ProjectError("Die Vorhabensdaten müssen ein JSON-Objekt sein.") }
        do {
            return root["type"] as? String == "FeatureCollection" ? try featureCollection(root) : try projectObject(root)
        } catch let error as ProjectError {
            throw error
        } catch let error as GeometryError {
            throw ProjectError(error.description)
        } catch {
            throw ProjectError("Die Vorhabensdaten sind fehlerhaft.")
        }
    }

    static func projectObject(_ root: [String: Any]) throws -> Project {
        guard let siteObject = root["site"] as? [String: Any] else { throw ProjectError("Das Baugrundstück (\"site\") fehlt.") }
        let site = try polygon(siteObject, what: "Baugrundstück")
        guard let list = root["buildings"] as? [[String: Any]], !list.isEmpty else {
            throw ProjectError("Mindestens ein Gebäude (\"buildings\" mit \"footprint\") wird gebraucht.")
        }
        guard list.count <= maxBuildings else { throw ProjectError("Höchstens \(maxBuildings) Gebäude je Vorhaben.") }
        var buildings: [Project.Building] = []
        for (index, item) in list.enumerated() {
            guard let footprint = item["footprint"] as? [String: Any] else { throw ProjectError("Gebäude \(index + 1): der Grundriss (\"footprint\") fehlt.") }
            buildings.append(try building(item, footprint: try polygon(footprint, what: "Grundriss von Gebäude \(index + 1)"), index: index, defaults: root))
        }
        var ancillary: [Project.AncillaryArea] = []
        for (index, item) in ((root["ancillaryAreas"] as? [[String: Any]]) ?? []).enumerated() {
            ancillary.append(try ancillaryArea(item, geometry: item["geometry"] as? [String: Any], index: index))
        }
        var roads: [Project.Road] = []
        for (index, item) in ((root["roads"] as? [[String: Any]]) ?? []).enumerated() {
            roads.append(try road(item, geometry: item["centerline"] as? [String: Any], index: index))
        }
        return Project(srsName: root["srs"] as? String, land: root["land"] as? String, site: site, buildings: buildings,
                       use: try use(root["use"]), ancillaryAreas: ancillary, roads: roads,
                       groundLevel: try number(root["groundLevel"], "groundLevel", range: -500...9000),
                       grossFloorArea: try number(root["grossFloorArea"], "grossFloorArea", range: 0...10_000_000))
    }

    static func featureCollection(_ root: [String: Any]) throws -> Project {
        guard let features = root["features"] as? [[String: Any]] else { throw ProjectError("Die FeatureCollection hat keine \"features\".") }
        var site: (Polygon, [String: Any])?
        var buildings: [Project.Building] = []
        var ancillary: [Project.AncillaryArea] = []
        var roads: [Project.Road] = []
        for (index, feature) in features.enumerated() {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let geometry = feature["geometry"] as? [String: Any]
            switch properties["role"] as? String {
            case "site":
                guard site == nil else { throw ProjectError("Die FeatureCollection enthält mehr als ein Baugrundstück.") }
                site = (try polygon(geometry ?? [:], what: "Baugrundstück"), properties)
            case "building":
                guard buildings.count < maxBuildings else { throw ProjectError("Höchstens \(maxBuildings) Gebäude je Vorhaben.") }
                let footprint = try polygon(geometry ?? [:], what: "Grundriss von Gebäude \(buildings.count + 1)")
                buildings.append(try building(properties, footprint: footprint, index: buildings.count, defaults: [:]))
            case "ancillary":
                ancillary.append(try ancillaryArea(properties, geometry: geometry, index: ancillary.count))
            case "road":
                roads.append(try road(properties, geometry: geometry, index: roads.count))
            default:
                throw ProjectError("Feature \(index + 1): \"properties.role\" muss site, building, ancillary oder road sein.")
            }
        }
        guard let (sitePolygon, siteProperties) = site else { throw ProjectError("Die FeatureCollection enthält kein Baugrundstück (role: site).") }
        guard !buildings.isEmpty else { throw ProjectError("Die FeatureCollection enthält kein Gebäude (role: building).") }
        let srs = ((root["crs"] as? [String: Any])?["properties"] as? [String: Any])?["name"] as? String ?? siteProperties["srs"] as? String
        return Project(srsName: srs, land: siteProperties["land"] as? String, site: sitePolygon, buildings: buildings,
                       use: try use(siteProperties["use"]), ancillaryAreas: ancillary, roads: roads,
                       groundLevel: try number(siteProperties["groundLevel"], "groundLevel", range: -500...9000),
                       grossFloorArea: try number(siteProperties["grossFloorArea"], "grossFloorArea", range: 0...10_000_000))
    }

    static func building(_ item: [String: Any], footprint: Polygon, index: Int, defaults: [String: Any]) throws -> Project.Building {
        func value(_ key: String) -> Any? { item[key] ?? (index == 0 ? defaults[key] : nil) }
        let storeys = try number(value("fullStoreys"), "fullStoreys", range: 0...200)
        if let storeys, storeys != storeys.rounded() { throw ProjectError("\"fullStoreys\" muss eine ganze Zahl sein.") }
        return Project.Building(
            name: item["name"] as? String ?? "Gebäude \(index + 1)", footprint: footprint,
            height: try number(value("height"), "height", range: 0...1000),
            eavesHeight: try number(value("eavesHeight"), "eavesHeight", range: 0...1000),
            wallHeight: try number(value("wallHeight"), "wallHeight", range: 0...1000),
            fullStoreys: storeys.map { Int($0) },
            grossFloorArea: try number(item["grossFloorArea"], "grossFloorArea", range: 0...10_000_000)
        )
    }

    static func ancillaryArea(_ item: [String: Any], geometry: [String: Any]?, index: Int) throws -> Project.AncillaryArea {
        let name = item["name"] as? String ?? "Nebenanlage \(index + 1)"
        if let geometry {
            let shape = try polygon(geometry, what: name)
            return Project.AncillaryArea(name: name, area: shape.area, polygon: shape)
        }
        guard let area = try number(item["area"], "area", range: 0...10_000_000) else {
            throw ProjectError("\(name): Fläche (\"area\") oder Geometrie (\"geometry\") fehlt.")
        }
        return Project.AncillaryArea(name: name, area: area)
    }

    static func road(_ item: [String: Any], geometry: [String: Any]?, index: Int) throws -> Project.Road {
        let name = item["name"] as? String ?? "Straße \(index + 1)"
        guard let geometry, case .lineString(let line) = try GeoJSONGeometry.read(geometry) else {
            throw ProjectError("\(name): die Straßenmitte muss eine LineString-Geometrie sein.")
        }
        guard let width = try number(item["width"], "width", range: 0.5...200) else { throw ProjectError("\(name): die Straßenbreite (\"width\") fehlt.") }
        return Project.Road(name: name, centerline: line, width: width)
    }

    static func polygon(_ object: [String: Any], what: String) throws -> Polygon {
        do {
            let polygons = try GeoJSONGeometry.read(object).polygons
            guard polygons.count == 1, let first = polygons.first else { throw ProjectError("\(what): genau ein Polygon erwartet.") }
            return first
        } catch let error as GeometryError {
            throw ProjectError("\(what): \(error.description)")
        }
    }

    static func use(_ value: Any?) throws -> ProjectUse? {
        guard let value else { return nil }
        guard let text = value as? String, let use = ProjectUse(rawValue: text) else {
            let known = ProjectUse.allCases.map(\.rawValue).joined(separator: ", ")
            throw ProjectError("Unbekannte Nutzung \"\(value)\"; erlaubt sind: \(known).")
        }
        return use
    }

    static func number(_ value: Any?, _ key: String, range: ClosedRange<Double>) throws -> Double? {
        guard let value, !(value is NSNull) else { return nil }
        guard !(value is String), let number = (value as? NSNumber)?.doubleValue, number.isFinite, range.contains(number) else {
            throw ProjectError("\"\(key)\" muss eine Zahl zwischen \(range.lowerBound) und \(range.upperBound) sein.")
        }
        return number
    }
}
