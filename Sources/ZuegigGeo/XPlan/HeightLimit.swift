// A height set by the plan (XP_Hoehenangabe): which reference, which point of the building, values.
public struct HeightLimit: Hashable, Sendable, Codable {
    /// XP_ArtHoehenbezug: 1000 absolutNHN, 1100 absolutNN, 1200 absolutDHHN, 2000 relativGelaendeoberkante,
    /// 2500 relativGehwegOberkante, 3000 relativBezugshoehe, 3500 relativStrasse, 4000 relativEFH.
    public var reference: Int?
    /// XP_ArtHoehenbezugspunkt: 1000 TH, 2000 FH, 3000 OK, 3500 LH, 4000 SH, 4500 EFH, 5000 HBA,
    /// 5500 UK, 6000 GBH, 6500 WH, 6600 GOK.
    public var point: Int?
    public var h: Double?
    public var hMin: Double?
    public var hMax: Double?
    public var hZwingend: Double?

    public init(reference: Int? = nil, point: Int? = nil, h: Double? = nil, hMin: Double? = nil, hMax: Double? = nil, hZwingend: Double? = nil) {
        self.reference = reference
        self.point = point
        self.h = h
        self.hMin = hMin
        self.hMax = hMax
        self.hZwingend = hZwingend
    }

    /// The largest height allowed.
    public var upperLimit: Double? { hZwingend ?? hMax ?? h }

    public var isAbsolute: Bool { [1000, 1100, 1200].contains(reference ?? -1) }

    public var referenceLabel: String {
        switch reference {
        case 1000: "über NHN"
        case 1100: "über NN"
        case 1200: "über DHHN"
        case 2000, nil: "über Geländeoberfläche"
        case 2500: "über Gehwegoberkante"
        case 3000: "über Bezugshöhe des Plans"
        case 3500: "über Straßenoberkante"
        case 4000: "über Erdgeschossfußboden"
        default: "(Bezug \(reference ?? 0))"
        }
    }

    public var pointLabel: String {
        switch point {
        case 1000: "Traufhöhe"
        case 2000: "Firsthöhe"
        case 3000: "Oberkante"
        case 5000: "Höhe baulicher Anlagen"
        case 6000: "Gebäudehöhe"
        case 6500: "Wandhöhe"
        case nil: "Höhe"
        default: "Höhe (Bezugspunkt \(point ?? 0))"
        }
    }

    static func read(_ node: XMLNode) throws(GeometryError) -> HeightLimit {
        var limit = HeightLimit()
        for child in node.children {
            let text = child.trimmedText
            switch child.name {
            case "hoehenbezug": limit.reference = Int(text)
            case "bezugspunkt": limit.point = Int(text)
            case "h", "hMin", "hMax", "hZwingend":
                guard let value = Double(text), value.isFinite else {
                    throw .malformed("Höhenangabe \(child.name) = \"\(text)\" ist keine Zahl (Zeile \(child.line)).")
                }
                let metres = child.attribute("uom") == "cm" ? value / 100 : value
                switch child.name {
                case "h": limit.h = metres
                case "hMin": limit.hMin = metres
                case "hMax": limit.hMax = metres
                default: limit.hZwingend = metres
                }
            default: break
            }
        }
        return limit
    }
}
