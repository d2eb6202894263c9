// One evaluated feature of a development plan with its geometry and what it sets.
public struct PlanFeature: Hashable, Sendable, Codable {
    public var kind: PlanFeatureKind
    public var gmlID: String
    public var srsName: String?
    public var polygons: [Polygon]
    public var lines: [[Point]]
    public var dimensions: PlanDimensions
    public var heights: [HeightLimit]
    /// XP_AllgArtDerBaulNutzung (1000 Wohnbaufläche ... 9999).
    public var generalUse: Int?
    /// XP_BesondereArtDerBaulNutzung (1000 WS ... 1800 GI, 2000-4000 SO, 9999).
    public var specialUse: Int?
    /// Label on the plan (gliederung1/2), if any.
    public var label: String?
    /// Ids of Baugrenzen / Baulinien an overbuildable area names as its edges.
    public var references: [String]

    public init(kind: PlanFeatureKind, gmlID: String, srsName: String? = nil, polygons: [Polygon] = [], lines: [[Point]] = [],
                dimensions: PlanDimensions = PlanDimensions(), heights: [HeightLimit] = [], generalUse: Int? = nil,
                specialUse: Int? = nil, label: String? = nil, references: [String] = []) {
        self.kind = kind
        self.gmlID = gmlID
        self.srsName = srsName
        self.polygons = polygons
        self.lines = lines
        self.dimensions = dimensions
        self.heights = heights
        self.generalUse = generalUse
        self.specialUse = specialUse
        self.label = label
        self.references = references
    }

    public var region: Region { Region(polygons: polygons) }

    public var boundingBox: BoundingBox? {
        BoundingBox(points: polygons.flatMap(\.exterior.points) + lines.flatMap { $0 })
    }
}
