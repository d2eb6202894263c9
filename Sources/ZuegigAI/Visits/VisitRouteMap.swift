// An SVG map of a visit plan: each inspector-day's route as a line from the office through its
// stops and back, with a distinct dash pattern and every stop labelled with the route's letter and
// its position (readable without colour); visits left out are marked with a cross and "!".
import Foundation
import ZuegigGeo

public enum VisitRouteMap {
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "14 4", "4 4", "1 6", "12 3 3 3 3 3"]

    public static func svg(plan: VisitPlanOutput, input: VisitPlanInput, width: Double = 720) -> String {
        let visits = Dictionary(uniqueKeysWithValues: input.visits.map { ($0.id, $0) })
        let offices = Dictionary(uniqueKeysWithValues: input.inspectors.map { ($0.id, $0) })
        let all = input.visits.map(\.location) + input.inspectors.map(\.home)
        guard let first = all.first else { return "" }
        let midLat = all.map(\.lat).reduce(0, +) / Double(all.count)
        // Local metres east and north of the first place: enough for a city.
        let project = { (p: VisitPlanInput.Position) in
            Point((p.lon - first.lon) * 111_320 * cos(midLat * Double.pi / 180), (p.lat - first.lat) * 110_574)
        }
        let points = all.map(project)
        let box = BoundingBox(minX: points.map(\.x).min()!, minY: points.map(\.y).min()!, maxX: points.map(\.x).max()!, maxY: points.map(\.y).max()!)
        let summary = "\(plan.routes.count) Touren mit \(plan.totals.assigned) Besuchen, \(plan.unassigned.count) nicht eingeplant; Fahrzeit \(Int(plan.totals.travelMinutes)) Minuten."
        var map = SVGMap(box: box, width: width, title: "Tourenplan", summary: summary)
        map.addStyle(".route{stroke:#1d4e89;stroke-width:2;fill:none}.office{fill:#000}.stop{font:11px sans-serif;fill:#111}.left{font:bold 13px sans-serif;fill:#b00020}")
        for (index, route) in plan.routes.enumerated() {
            guard let office = offices[route.inspector] else { continue }
            let letter = Self.letter(index)
            let line = [project(office.home)] + route.stops.compactMap { visits[$0.visit].map { project($0.location) } } + [project(office.home)]
            let dash = dashes[index % dashes.count]
            map.raw("<g style=\"stroke-dasharray:\(dash.isEmpty ? "none" : dash)\">")
            map.line(line, class: "route", label: "Tour \(letter): \(route.inspectorName), \(route.date), \(route.stops.count) Besuche")
            map.raw("</g>")
            for (n, stop) in route.stops.enumerated() {
                guard let visit = visits[stop.visit] else { continue }
                map.text("\(letter)\(n + 1)", at: project(visit.location), class: "stop")
            }
        }
        for office in input.inspectors {
            let p = map.project(project(office.home))
            map.raw("<rect class=\"office\" x=\"\(SVGMap.number(p.x - 4))\" y=\"\(SVGMap.number(p.y - 4))\" width=\"8\" height=\"8\"><title>Dienstsitz \(SVGMap.escape(office.name))</title></rect>")
        }
        for left in plan.unassigned {
            guard let visit = visits[left.visit] else { continue }
            map.text("✕!", at: project(visit.location), class: "left")
        }
        return map.render()
    }

    /// A, B, … Z, AA, AB, …
    public static func letter(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
    }
}
