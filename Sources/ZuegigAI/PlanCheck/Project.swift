// The project data a plan check needs: site, buildings, ancillary areas, adjacent roads.
import ZuegigGeo

public struct Project: Sendable {
    public struct Building: Sendable {
        public var name: String
        public var footprint: Polygon
        /// Top of the building above ground (m).
        public var height: Double?
        /// Eaves height (Traufhöhe) above ground, if the plan limits it.
        public var eavesHeight: Double?
        /// Wall height H for setback areas; defaults to the height.
        public var wallHeight: Double?
        public var fullStoreys: Int?
        public var grossFloorArea: Double?

        public init(name: String, footprint: Polygon, height: Double? = nil, eavesHeight: Double? = nil, wallHeight: Double? = nil,
                    fullStoreys: Int? = nil, grossFloorArea: Double? = nil) {
            self.name = name
            self.footprint = footprint
            self.height = height
            self.eavesHeight = eavesHeight
            self.wallHeight = wallHeight
            self.fullStoreys = fullStoreys
            self.grossFloorArea = grossFloorArea
        }
    }

    /// Garages, parking, access: counted under § 19 Abs. 4 BauNVO.
    public struct AncillaryArea: Sendable {
        public var name: String
        public var area: Double
        public var polygon: Polygon?

        public init(name: String, area: Double, polygon: Polygon? = nil) {
            self.name = name
            self.area = area
            self.polygon = polygon
        }
    }

    /// A public road next to the site: setback areas may reach up to its middle.
    public struct Road: Sendable {
        public var name: String
        public var centerline: [Point]
        public var width: Double

        public init(name: String, centerline: [Point], width: Double) {
            self.name = name
            self.centerline = centerline
            self.width = width
        }
    }

    public var srsName: String?
    public var land: String?
    public var site: Polygon
    public var buildings: [Building]
    public var use: ProjectUse?
    public var ancillaryAreas: [AncillaryArea]
    public var roads: [Road]
    /// Ground level in metres above NHN, for absolute height limits.
    public var groundLevel: Double?
    /// Total gross floor area of full storeys (m²); defaults to the sum over buildings.
    public var grossFloorArea: Double?

    public init(srsName: String? = nil, land: String? = nil, site: Polygon, buildings: [Building], use: ProjectUse? = nil,
                ancillaryAreas: [AncillaryArea] = [], roads: [Road] = [], groundLevel: Double? = nil, grossFloorArea: Double? = nil) {
        self.srsName = srsName
        self.land = land
        self.site = site
        self.buildings = buildings
        self.use = use
        self.ancillaryAreas = ancillaryAreas
        self.roads = roads
        self.groundLevel = groundLevel
        self.grossFloorArea = grossFloorArea
    }

    public var footprintArea: Double { buildings.reduce(0) { $0 + $1.footprint.area } }
    public var ancillaryArea: Double { ancillaryAreas.reduce(0) { $0 + $1.area } }

    public var totalGrossFloorArea: Double? {
        if let grossFloorArea { return grossFloorArea }
        let values = buildings.compactMap(\.grossFloorArea)
        return values.count == buildings.count && !values.isEmpty ? values.reduce(0, +) : nil
    }
}
