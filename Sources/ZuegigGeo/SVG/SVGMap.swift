// A small SVG writer for maps in projected coordinates: polygons, lines and labels drawn in layers,
// north up, scaled to a fixed width. Styles are CSS classes so a page can restyle them; meaning is
// carried by patterns, dashes and labels as well as colour (readable without colour).
public struct SVGMap: Sendable {
    public let box: BoundingBox
    public let width: Double
    public let title: String
    public let summary: String
    private var defs: [String] = []
    private var body: [String] = []
    private var style = ""

    public init(box: BoundingBox, width: Double = 640, title: String, summary: String) {
        let side = max(box.width, box.height, 1)
        self.box = box.expanded(by: side * 0.05)
        self.width = width
        self.title = title
        self.summary = summary
    }

    public var scale: Double { width / max(box.width, 1e-9) }
    public var height: Double { (box.height * scale).rounded(.up) }

    public func project(_ p: Point) -> Point { Point((p.x - box.minX) * scale, (box.maxY - p.y) * scale) }

    public mutating func addStyle(_ css: String) { style += css }
    public mutating func addDefinition(_ svg: String) { defs.append(svg) }

    public mutating func polygon(_ polygon: Polygon, class name: String, label: String? = nil) {
        let d = polygon.rings.map { ring in
            "M" + ring.points.map { Self.coordinate(project($0)) }.joined(separator: " L") + " Z"
        }.joined(separator: " ")
        body.append("<path class=\"\(Self.escape(name))\" fill-rule=\"evenodd\" d=\"\(d)\">\(label.map { "<title>\(Self.escape($0))</title>" } ?? "")</path>")
    }

    public mutating func line(_ points: [Point], class name: String, label: String? = nil) {
        guard points.count >= 2 else { return }
        let d = "M" + points.map { Self.coordinate(project($0)) }.joined(separator: " L")
        body.append("<path class=\"\(Self.escape(name))\" fill=\"none\" d=\"\(d)\">\(label.map { "<title>\(Self.escape($0))</title>" } ?? "")</path>")
    }

    public mutating func text(_ text: String, at point: Point, class name: String) {
        let p = project(point)
        body.append("<text class=\"\(Self.escape(name))\" x=\"\(Self.number(p.x))\" y=\"\(Self.number(p.y))\" text-anchor=\"middle\">\(Self.escape(text))</text>")
    }

    /// Raw SVG in screen coordinates (legends, scale bars).
    public mutating func raw(_ svg: String) { body.append(svg) }

    public func render(extraHeight: Double = 0) -> String {
        let h = height + extraHeight
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"map-title map-desc\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(h))\" width=\"\(Self.number(width))\" height=\"\(Self.number(h))\">"
        out += "<title id=\"map-title\">\(Self.escape(title))</title><desc id=\"map-desc\">\(Self.escape(summary))</desc>"
        if !style.isEmpty { out += "<style>\(style)</style>" }
        if !defs.isEmpty { out += "<defs>" + defs.joined() + "</defs>" }
        out += body.joined(separator: "\n")
        out += "</svg>"
        return out
    }

    static func coordinate(_ p: Point) -> String { "\(number(p.x)),\(number(p.y))" }

    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
