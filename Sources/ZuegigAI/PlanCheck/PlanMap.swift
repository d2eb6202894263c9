// The map of a plan check: zones, overbuildable areas, building lines, site, footprints and setback
// areas, violations marked by pattern, a thick dashed outline and a number, with a text legend.
import ZuegigGeo

public enum PlanMap {
    public static func svg(plan: DevelopmentPlan, project: Project, result: PlanCheckResult, width: Double = 640) -> String {
        var box = project.site.boundingBox
        for area in result.setbackAreas { box = box.union(area.strip.polygon.boundingBox) }
        box = box.expanded(by: max(box.width, box.height) * 0.15)
        let violations = result.count(.violation)
        var map = SVGMap(box: box, width: width, title: "Lageplan der Bebauungsplan-Prüfung: \(plan.name)",
                         summary: "Grundstück, Gebäude und Abstandsflächen über den Festsetzungen des Plans. \(violations) Verstöße, \(result.count(.manualReview)) Punkte zur manuellen Prüfung.")
        map.addStyle("""
            .zone{fill:url(#zone-hatch);stroke:#6b6b6b;stroke-width:1}.ubf{fill:none;stroke:#1f4e9c;stroke-width:2;stroke-dasharray:10 4 2 4}\
            .baulinie{stroke:#b00020;stroke-width:3}.baugrenze{stroke:#1f4e9c;stroke-width:2;stroke-dasharray:10 4 2 4}\
            .site{fill:none;stroke:#000;stroke-width:2.5}.building{fill:#4d4d4d;stroke:#000;stroke-width:1}\
            .setback{fill:url(#setback-dots);stroke:#2e7d32;stroke-width:1}.setback-bad{fill:url(#bad-cross);stroke:#b00020;stroke-width:3;stroke-dasharray:6 3}\
            .ancillary{fill:url(#anc-hatch);stroke:#555;stroke-width:1}.road{stroke:#888;stroke-width:1.5;stroke-dasharray:2 3}\
            .label{font:12px sans-serif;fill:#000}.zone-label{font:bold 13px sans-serif;fill:#333}.marker{font:bold 14px sans-serif;fill:#b00020}\
            .legend{font:12px sans-serif;fill:#000}
            """)
        map.addDefinition("<pattern id=\"zone-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#f4efe1\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#d8cfb5\" stroke-width=\"2\"/></pattern>")
        map.addDefinition("<pattern id=\"setback-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#e8f5e9\"/><circle cx=\"3\" cy=\"3\" r=\"1\" fill=\"#2e7d32\"/></pattern>")
        map.addDefinition("<pattern id=\"bad-cross\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#fde0e0\"/><path d=\"M0,0 L8,8 M8,0 L0,8\" stroke=\"#b00020\" stroke-width=\"1.2\"/></pattern>")
        map.addDefinition("<pattern id=\"anc-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/><line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#777\"/></pattern>")

        let features = plan.features.filter { $0.boundingBox.map { $0.intersects(box) } ?? false }
        for zone in features where zone.kind == .buildingZone {
            let type = zone.specialUse.flatMap(BuildingZoneType.init(code:))?.rawValue ?? "Baugebiet"
            for polygon in zone.polygons { map.polygon(polygon, class: "zone", label: "\(type) \(zone.gmlID)") }
        }
        for area in features where area.kind == .overbuildableArea {
            for polygon in area.polygons { map.polygon(polygon, class: "ubf", label: "Überbaubare Grundstücksfläche \(area.gmlID)") }
        }
        for limit in features where limit.kind == .buildingLimit {
            for line in limit.lines { map.line(line, class: "baugrenze", label: "Baugrenze \(limit.gmlID)") }
        }
        for line in features where line.kind == .buildingLine {
            for points in line.lines { map.line(points, class: "baulinie", label: "Baulinie \(line.gmlID)") }
        }
        for road in project.roads { map.line(road.centerline, class: "road", label: "Straßenmitte \(road.name)") }
        map.polygon(project.site, class: "site", label: "Baugrundstück")
        for area in project.ancillaryAreas {
            if let polygon = area.polygon { map.polygon(polygon, class: "ancillary", label: area.name) }
        }
        var marker = 0
        for area in result.setbackAreas {
            if area.isViolation {
                marker += 1
                map.polygon(area.strip.polygon, class: "setback-bad", label: "Verstoß \(marker): Abstandsfläche \(area.building), Wand \(area.strip.wall + 1)")
                map.text("\(marker)", at: area.strip.polygon.centroid, class: "marker")
            } else {
                map.polygon(area.strip.polygon, class: "setback", label: "Abstandsfläche \(area.building), Wand \(area.strip.wall + 1)")
            }
        }
        let limitViolations = Set(result.findings.filter { $0.check == "buildingLimit" && $0.status != .ok }.compactMap(\.building))
        for building in project.buildings {
            map.polygon(building.footprint, class: limitViolations.contains(building.name) ? "building setback-bad" : "building", label: building.name)
            map.text(building.name, at: building.footprint.centroid, class: "label")
        }
        if let zone = result.zone, let feature = plan.features.first(where: { $0.gmlID == zone.gmlID }), let polygon = feature.polygons.first {
            let at = box.center
            let anchor = feature.region.contains(at) ? at : polygon.centroid
            map.text(zone.type ?? "Baugebiet", at: Point(anchor.x, project.site.boundingBox.maxY + box.height * 0.05), class: "zone-label")
        }
        map.raw(legend(top: map.height + 10, width: width))
        return map.render(extraHeight: 110)
    }

    static func legend(top: Double, width: Double) -> String {
        let items: [(String, String)] = [
            ("<rect width=\"24\" height=\"14\" class=\"zone\"/>", "Baugebiet"),
            ("<line x1=\"0\" y1=\"7\" x2=\"24\" y2=\"7\" class=\"baugrenze\"/>", "Baugrenze"),
            ("<line x1=\"0\" y1=\"7\" x2=\"24\" y2=\"7\" class=\"baulinie\"/>", "Baulinie"),
            ("<rect width=\"24\" height=\"14\" class=\"site\"/>", "Grundstück"),
            ("<rect width=\"24\" height=\"14\" class=\"building\"/>", "Gebäude"),
            ("<rect width=\"24\" height=\"14\" class=\"setback\"/>", "Abstandsfläche eingehalten"),
            ("<rect width=\"24\" height=\"14\" class=\"setback-bad\"/>", "Verstoß (nummeriert)"),
            ("<rect width=\"24\" height=\"14\" class=\"ancillary\"/>", "Nebenanlage"),
        ]
        var out = "<g class=\"legend\" transform=\"translate(10,\(SVGMap.number(top)))\"><text x=\"0\" y=\"0\" class=\"legend\">Legende</text>"
        let columnWidth = max(150, (width - 20) / 4)
        for (index, item) in items.enumerated() {
            let x = Double(index % 4) * columnWidth
            let y = 12 + Double(index / 4) * 26
            out += "<g transform=\"translate(\(SVGMap.number(x)),\(SVGMap.number(y)))\">\(item.0)<text x=\"30\" y=\"12\" class=\"legend\">\(item.1)</text></g>"
        }
        return out + "</g>"
    }
}
