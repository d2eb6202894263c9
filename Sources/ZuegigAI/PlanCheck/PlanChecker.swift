// Checks a project against a development plan: type of use (§§ 2-11 BauNVO), GRZ with § 19 Abs. 4,
// GFZ, full storeys, height, building limits and lines (§ 23), setback areas (§ 6 MBO and the Länder).
// Pure: plan, project and rule in, findings out. Every finding names its measured value, its limit,
// the plan feature it came from and the legal basis.
import ZuegigGeo

public struct PlanChecker: Sendable {
    /// Areas below this (m²) are rounding noise, not an excess.
    public static let areaTolerance = 0.05
    /// A footprint may stray this far (m) across a building limit and still count as inside.
    public static let distanceTolerance = 0.05
    /// Overhangs up to this (m) may be allowed as minor (§ 23 Abs. 3 Satz 2 BauNVO): review, not violation.
    public static let minorOverhang = 0.5
    /// Ratios are compared after rounding to this many decimals, as plans state them.
    static let ratioEpsilon = 1e-6

    public var setbackRule: SetbackRule

    public init(setbackRule: SetbackRule = .model) {
        self.setbackRule = setbackRule
    }

    public func check(_ project: Project, against plan: DevelopmentPlan) -> PlanCheckResult {
        var context = Context(project: project, plan: plan, rule: setbackRule)
        context.run()
        return PlanCheckResult(
            plan: DevelopmentPlanSummary(gmlID: plan.gmlID, name: plan.name, version: plan.version),
            zone: context.zone.map {
                PlanFeatureSummary(gmlID: $0.gmlID, type: $0.specialUse.flatMap(BuildingZoneType.init(code:))?.rawValue,
                                   label: context.zoneLabel, siteAreaInZone: (context.siteAreaInZone * 100).rounded() / 100)
            },
            findings: context.findings, setbackAreas: context.setbackAreas, warnings: context.warnings
        )
    }
}

extension PlanChecker {
    /// The state of one check run.
    struct Context {
        let project: Project
        let plan: DevelopmentPlan
        let rule: SetbackRule
        var findings: [PlanFinding] = []
        var setbackAreas: [SetbackArea] = []
        var warnings: [String] = []
        var zone: PlanFeature?
        var siteAreaInZone = 0.0
        let site: Region
        let features: [PlanFeature]

        init(project: Project, plan: DevelopmentPlan, rule: SetbackRule) {
            self.project = project
            self.plan = plan
            self.rule = rule
            self.site = project.site.region
            let srs = project.srsName.map(XPlanGMLReader.normalisedSRS) ?? plan.srsName
            let siteBox = project.site.boundingBox.expanded(by: 100)
            self.features = plan.features.filter { feature in
                (feature.srsName ?? plan.srsName) == srs && (feature.boundingBox.map { $0.intersects(siteBox) } ?? false)
            }
        }

        var zoneType: BuildingZoneType? { zone?.specialUse.flatMap(BuildingZoneType.init(code:)) }

        var zoneLabel: String {
            guard let zone else { return "—" }
            let type = zoneType?.germanLabel ?? zone.generalUse.map { "Baufläche (Code \($0))" } ?? "Baugebiet"
            return zone.label.map { "\(type) \($0)" } ?? type
        }

        mutating func run() {
            locate()
            checkUse()
            checkCoverage()
            checkFloorArea()
            checkStoreys()
            checkHeights()
            checkBuildingLimits()
            checkBuildingLines()
            checkSetbacks()
        }

        mutating func add(_ check: String, _ title: String, _ status: FindingStatus, measured: Double? = nil, limit: Double? = nil,
                          unit: String? = nil, building: String? = nil, feature: PlanFeature? = nil, basis: String, _ message: String) {
            findings.append(PlanFinding(check: check, title: title, status: status, measured: measured, limit: limit, unit: unit,
                                        building: building, planFeature: feature, legalBasis: basis, message: message))
        }

        // MARK: Where the site lies

        mutating func locate() {
            let coverage = Region(polygons: plan.coverage)
            if !plan.coverage.isEmpty {
                let inside = site.intersectionArea(with: coverage)
                if inside < project.site.area - PlanChecker.areaTolerance {
                    warnings.append("Das Grundstück liegt nur zu \(Self.format(inside / project.site.area * 100, 0)) % im Geltungsbereich des Plans.")
                }
            }
            let zones = features.filter { $0.kind == .buildingZone }
                .map { ($0, site.intersectionArea(with: $0.region)) }
                .filter { $0.1 > PlanChecker.areaTolerance }
                .sorted { $0.1 > $1.1 }
            guard let best = zones.first else {
                add("location", "Lage im Baugebiet", .manualReview, basis: "§ 30 BauGB",
                    "Das Grundstück liegt in keiner Baugebietsteilfläche des Plans; Art und Maß der Nutzung bitte von Hand prüfen.")
                return
            }
            zone = best.0
            siteAreaInZone = best.1
            if zones.count > 1 {
                let footprints = Region(polygons: project.buildings.map(\.footprint))
                let touched = zones.filter { footprints.intersectionArea(with: $0.0.region) > PlanChecker.areaTolerance }
                let status: FindingStatus = touched.count > 1 ? .manualReview : .ok
                add("location", "Lage im Baugebiet", status, measured: Double(zones.count), unit: "Baugebiete", feature: best.0, basis: "§ 19 Abs. 3 BauNVO",
                    status == .ok
                        ? "Das Grundstück berührt \(zones.count) Baugebietsteilflächen; maßgebend ist \(zoneLabel) mit \(Self.format(best.1, 1)) m² Grundstücksfläche."
                        : "Die Gebäude liegen in \(touched.count) Baugebietsteilflächen mit eigenen Festsetzungen; geprüft wurde \(zoneLabel), die übrigen bitte von Hand.")
            }
        }

        // MARK: Type of use

        mutating func checkUse() {
            guard let zone else { return }
            let title = "Art der baulichen Nutzung"
            guard let use = project.use else {
                add("use", title, .manualReview, feature: zone, basis: zoneType?.legalBasis ?? "§ 1 BauNVO", "Die Hauptnutzung des Vorhabens ist nicht angegeben.")
                return
            }
            guard let type = zoneType else {
                add("use", title, .manualReview, feature: zone, basis: "§ 1 Abs. 1 BauNVO",
                    "Der Plan setzt nur die allgemeine Art der Nutzung (Baufläche) fest; die Zulässigkeit von \(use.germanLabel) bitte von Hand prüfen.")
                return
            }
            let basis = "\(type.legalBasis) i. V. m. § 30 BauGB"
            switch type.allowance(for: use) {
            case .allowed:
                add("use", title, .ok, feature: zone, basis: basis, "\(use.germanLabel): im Baugebiet \(type.germanLabel) allgemein zulässig.")
            case .exception:
                add("use", title, .manualReview, feature: zone, basis: basis + ", § 31 Abs. 1 BauGB",
                    "\(use.germanLabel): im Baugebiet \(type.germanLabel) nur ausnahmsweise zulässig; über die Ausnahme entscheidet die Behörde.")
            case .notAllowed:
                add("use", title, .violation, feature: zone, basis: basis, "\(use.germanLabel): im Baugebiet \(type.germanLabel) nicht zulässig.")
            case .unknown:
                add("use", title, .manualReview, feature: zone, basis: basis,
                    "Ob \(use.germanLabel) im Baugebiet \(type.germanLabel) zulässig ist, hängt von der Festsetzung im Einzelnen ab; bitte von Hand prüfen.")
            }
        }

        // MARK: GRZ, GR (§ 19 BauNVO)

        mutating func checkCoverage() {
            guard let zone, siteAreaInZone > 0 else { return }
            let dims = zone.dimensions
            let main = project.footprintArea
            let total = main + project.ancillaryArea
            let area = siteAreaInZone
            if let grz = dims.grzLimit {
                let measured = main / area
                let status: FindingStatus = measured <= grz + PlanChecker.ratioEpsilon ? .ok : .violation
                add("grz", "Grundflächenzahl (GRZ)", status, measured: measured, limit: grz, feature: zone, basis: "§ 19 Abs. 1, 2 BauNVO",
                    "Grundfläche der Gebäude \(Self.format(main, 1)) m² auf \(Self.format(area, 1)) m² Grundstücksfläche im Baugebiet: GRZ \(Self.format(measured, 2)), zulässig \(Self.format(grz, 2)).")
                let limit = max(grz, min(grz * 1.5, 0.8))
                let totalGRZ = total / area
                let overall: FindingStatus = totalGRZ <= limit + PlanChecker.ratioEpsilon ? .ok : .violation
                add("grz19-4", "GRZ mit Garagen, Stellplätzen, Zufahrten und Nebenanlagen", overall, measured: totalGRZ, limit: limit, feature: zone,
                    basis: "§ 19 Abs. 4 BauNVO",
                    "Gebäude und Nebenanlagen zusammen \(Self.format(total, 1)) m²: GRZ \(Self.format(totalGRZ, 2)); zulässig sind bis zu 50 % mehr als \(Self.format(grz, 2)), höchstens 0,8, hier \(Self.format(limit, 2)).")
            }
            if let gr = dims.grLimit {
                let status: FindingStatus = main <= gr + PlanChecker.areaTolerance ? .ok : .violation
                add("gr", "Grundfläche (GR)", status, measured: main, limit: gr, unit: "m²", feature: zone, basis: "§ 19 Abs. 2 BauNVO",
                    "Grundfläche der Gebäude \(Self.format(main, 1)) m², zulässig \(Self.format(gr, 1)) m².")
                let limit = max(gr, min(gr * 1.5, 0.8 * area))
                let overall: FindingStatus = total <= limit + PlanChecker.areaTolerance ? .ok : .violation
                add("gr19-4", "Grundfläche mit Nebenanlagen", overall, measured: total, limit: limit, unit: "m²", feature: zone, basis: "§ 19 Abs. 4 BauNVO",
                    "Gebäude und Nebenanlagen zusammen \(Self.format(total, 1)) m², zulässig \(Self.format(limit, 1)) m².")
            }
        }

        // MARK: GFZ, GF (§ 20 BauNVO)

        mutating func checkFloorArea() {
            guard let zone, siteAreaInZone > 0 else { return }
            let dims = zone.dimensions
            guard dims.gfzLimit != nil || dims.gfLimit != nil else { return }
            guard let floorArea = project.totalGrossFloorArea else {
                add("gfz", "Geschossflächenzahl (GFZ)", .manualReview, feature: zone, basis: "§ 20 Abs. 2, 3 BauNVO",
                    "Die Geschossfläche der Vollgeschosse ist nicht angegeben.")
                return
            }
            if let gfz = dims.gfzLimit {
                let measured = floorArea / siteAreaInZone
                let status: FindingStatus = measured <= gfz + PlanChecker.ratioEpsilon ? .ok : .violation
                add("gfz", "Geschossflächenzahl (GFZ)", status, measured: measured, limit: gfz, feature: zone, basis: "§ 20 Abs. 2, 3 BauNVO",
                    "Geschossfläche \(Self.format(floorArea, 1)) m² auf \(Self.format(siteAreaInZone, 1)) m²: GFZ \(Self.format(measured, 2)), zulässig \(Self.format(gfz, 2)).")
            }
            if let gf = dims.gfLimit {
                let status: FindingStatus = floorArea <= gf + PlanChecker.areaTolerance ? .ok : .violation
                add("gf", "Geschossfläche (GF)", status, measured: floorArea, limit: gf, unit: "m²", feature: zone, basis: "§ 20 Abs. 3 BauNVO",
                    "Geschossfläche \(Self.format(floorArea, 1)) m², zulässig \(Self.format(gf, 1)) m².")
            }
        }

        // MARK: Full storeys (§ 16 Abs. 2 Nr. 3, § 20 Abs. 1 BauNVO)

        mutating func checkStoreys() {
            guard let zone else { return }
            let dims = zone.dimensions
            guard dims.storeyLimit != nil || dims.Zmin != nil else { return }
            let basis = "§ 16 Abs. 2 Nr. 3, § 20 Abs. 1 BauNVO"
            for building in project.buildings {
                guard let storeys = building.fullStoreys else {
                    add("storeys", "Zahl der Vollgeschosse", .manualReview, building: building.name, feature: zone, basis: basis,
                        "\(building.name): die Zahl der Vollgeschosse ist nicht angegeben.")
                    continue
                }
                if let exact = dims.Zzwingend {
                    let status: FindingStatus = storeys == exact ? .ok : .violation
                    add("storeys", "Zahl der Vollgeschosse", status, measured: Double(storeys), limit: Double(exact), building: building.name, feature: zone,
                        basis: basis, "\(building.name): \(storeys) Vollgeschosse, zwingend festgesetzt sind \(exact).")
                    continue
                }
                if let maximum = dims.Z ?? dims.Zmax {
                    let status: FindingStatus = storeys <= maximum ? .ok : .violation
                    add("storeys", "Zahl der Vollgeschosse", status, measured: Double(storeys), limit: Double(maximum), building: building.name, feature: zone,
                        basis: basis, "\(building.name): \(storeys) Vollgeschosse, zulässig höchstens \(maximum).")
                }
                if let minimum = dims.Zmin, storeys < minimum {
                    add("storeys", "Mindestzahl der Vollgeschosse", .violation, measured: Double(storeys), limit: Double(minimum), building: building.name,
                        feature: zone, basis: basis, "\(building.name): \(storeys) Vollgeschosse, festgesetzt sind mindestens \(minimum).")
                }
            }
        }

        // MARK: Height (§ 16 Abs. 2 Nr. 4, § 18 BauNVO)

        mutating func checkHeights() {
            guard let zone else { return }
            let basis = "§ 16 Abs. 2 Nr. 4, § 18 BauNVO"
            for limit in zone.heights {
                for building in project.buildings {
                    checkHeight(limit, building: building, feature: zone, basis: basis)
                }
            }
        }

        mutating func checkHeight(_ limit: HeightLimit, building: Project.Building, feature: PlanFeature, basis: String) {
            let title = "\(limit.pointLabel) \(limit.referenceLabel)"
            let eaves = limit.point == 1000 || limit.point == 6500
            let supported: Set<Int?> = [nil, 1000, 2000, 3000, 5000, 6000, 6500]
            guard supported.contains(limit.point) else {
                add("height", title, .manualReview, building: building.name, feature: feature, basis: basis,
                    "\(building.name): die Höhe ist auf einen Bezugspunkt festgesetzt, den Zügig nicht misst; bitte von Hand prüfen.")
                return
            }
            guard var value = eaves ? (building.eavesHeight ?? building.wallHeight) : building.height else {
                add("height", title, .manualReview, building: building.name, feature: feature, basis: basis,
                    "\(building.name): die \(eaves ? "Trauf- oder Wandhöhe" : "Gebäudehöhe") ist nicht angegeben.")
                return
            }
            if limit.isAbsolute {
                guard let ground = project.groundLevel else {
                    add("height", title, .manualReview, building: building.name, feature: feature, basis: basis,
                        "\(building.name): die Höhe ist absolut festgesetzt, die Geländehöhe über NHN ist nicht angegeben.")
                    return
                }
                value += ground
            }
            let relativeToGround = limit.reference == nil || limit.reference == 2000 || limit.isAbsolute
            if let upper = limit.upperLimit {
                let exceeds = value > upper + 0.005
                let status: FindingStatus = exceeds ? .violation : (relativeToGround ? .ok : .manualReview)
                let note = relativeToGround ? "" : " Gemessen ab Geländeoberfläche; der Plan bezieht die Höhe anders, bitte den Bezugspunkt prüfen."
                add("height", title, status, measured: value, limit: upper, unit: "m", building: building.name, feature: feature, basis: basis,
                    "\(building.name): \(Self.format(value, 2)) m, zulässig \(Self.format(upper, 2)) m.\(note)")
            }
            if let lower = limit.hMin ?? limit.hZwingend {
                let status: FindingStatus = value + 0.005 >= lower ? (relativeToGround ? .ok : .manualReview) : .violation
                add("height", "Mindest-\(title)", status, measured: value, limit: lower, unit: "m", building: building.name, feature: feature, basis: basis,
                    "\(building.name): \(Self.format(value, 2)) m, festgesetzt sind mindestens \(Self.format(lower, 2)) m.")
            }
        }

        // MARK: Building limits and lines (§ 23 BauNVO)

        mutating func checkBuildingLimits() {
            let areas = features.filter { $0.kind == .overbuildableArea }
            let basis = "§ 23 Abs. 3 BauNVO"
            let title = "Überbaubare Grundstücksfläche (Baugrenze)"
            if areas.isEmpty {
                let limits = features.filter { $0.kind == .buildingLimit }
                guard !limits.isEmpty else { return }
                for building in project.buildings {
                    let outline = building.footprint.exterior.edges
                    let crossed = limits.first { limit in limit.lines.contains { line in
                        zip(line, line.dropFirst()).contains { a, b in outline.contains { $0.crossesProperly(Segment(a, b)) } }
                    } }
                    if let crossed {
                        add("buildingLimit", title, .violation, building: building.name, feature: crossed, basis: basis,
                            "\(building.name): der Grundriss schneidet eine Baugrenze.")
                    } else {
                        add("buildingLimit", title, .manualReview, building: building.name, feature: limits[0], basis: basis,
                            "\(building.name): der Plan setzt Baugrenzen nur als Linien fest; der Grundriss schneidet keine, ob er auf der richtigen Seite liegt, bitte prüfen.")
                    }
                }
                return
            }
            let allowed = Region(polygons: areas.flatMap(\.polygons))
            for building in project.buildings {
                let footprint = building.footprint.region
                let outside = footprint.areaOutside(allowed)
                let overhang = outside > PlanChecker.areaTolerance ? Self.overhang(of: building.footprint, beyond: allowed) : 0
                let nearest = areas.map { ($0, footprint.intersectionArea(with: $0.region)) }.max { $0.1 < $1.1 }?.0
                let status: FindingStatus
                if outside <= PlanChecker.areaTolerance || overhang <= PlanChecker.distanceTolerance {
                    status = .ok
                } else if overhang <= PlanChecker.minorOverhang {
                    status = .manualReview
                } else {
                    status = .violation
                }
                let message = switch status {
                case .ok: "\(building.name): der Grundriss liegt innerhalb der überbaubaren Grundstücksfläche."
                case .manualReview: "\(building.name): \(Self.format(outside, 2)) m² liegen bis \(Self.format(overhang, 2)) m jenseits der Baugrenze; ein Vortreten in geringfügigem Ausmaß kann zugelassen werden."
                case .violation: "\(building.name): \(Self.format(outside, 2)) m² des Grundrisses liegen außerhalb der überbaubaren Grundstücksfläche, bis \(Self.format(overhang, 2)) m jenseits der Baugrenze."
                }
                add("buildingLimit", title, status, measured: overhang, limit: 0, unit: "m", building: building.name, feature: nearest, basis: basis, message)
            }
        }

        /// How far the footprint reaches beyond the allowed area: the largest distance to it over the
        /// footprint's corners and a grid inside the footprint (a wall may leave the area between two
        /// corners that are both inside, as over a gap between two building windows).
        static func overhang(of footprint: Polygon, beyond allowed: Region) -> Double {
            var worst = footprint.exterior.points
                .filter { allowed.locate($0, tolerance: PlanChecker.distanceTolerance) == .outside }
                .map { allowed.distanceToBoundary($0) }
                .max() ?? 0
            let box = footprint.boundingBox
            let step = max(0.1, max(box.width, box.height) / 150)
            let shape = footprint.region
            var y = box.minY + step / 2
            while y < box.maxY {
                var x = box.minX + step / 2
                while x < box.maxX {
                    let p = Point(x, y)
                    if shape.locate(p) == .inside, allowed.locate(p) == .outside { worst = max(worst, allowed.distanceToBoundary(p)) }
                    x += step
                }
                y += step
            }
            return worst
        }

        mutating func checkBuildingLines() {
            let lines = features.filter { $0.kind == .buildingLine }
            let basis = "§ 23 Abs. 2 BauNVO"
            for line in lines {
                let onSite = line.lines.reduce(0.0) { $0 + site.lengthInside($1) }
                guard onSite > 0.1 else { continue }
                let segments = line.lines.flatMap { l in zip(l, l.dropFirst()).map { Segment($0, $1) } }
                let edges = project.buildings.flatMap(\.footprint.exterior.edges)
                let touched = segments.reduce(0.0) { sum, segment in sum + edges.reduce(0.0) { $0 + Self.sharedLength(segment, $1) } }
                let distance = segments.flatMap { s in edges.map { s.distance(to: $0) } }.min() ?? .infinity
                let crossing = segments.contains { s in edges.contains { $0.crossesProperly(s) } }
                let status: FindingStatus
                let message: String
                if crossing {
                    status = .violation
                    message = "Der Grundriss ragt über die Baulinie hinaus; auf ihr muss gebaut werden."
                } else if touched >= 0.1 {
                    status = .ok
                    message = "Das Gebäude steht auf \(Self.format(touched, 2)) m Länge auf der Baulinie."
                } else if distance <= PlanChecker.minorOverhang {
                    status = .manualReview
                    message = "Das Gebäude weicht \(Self.format(distance, 2)) m von der Baulinie ab; ein geringfügiges Zurücktreten kann zugelassen werden."
                } else {
                    status = .violation
                    message = "Das Gebäude steht nicht auf der Baulinie (Abstand \(Self.format(distance, 2)) m); auf ihr muss gebaut werden."
                }
                add("buildingLine", "Baulinie", status, measured: crossing ? nil : distance, limit: 0, unit: "m", feature: line, basis: basis, message)
            }
        }

        /// The length along `line` that the edge runs on it (within the distance tolerance).
        static func sharedLength(_ line: Segment, _ edge: Segment) -> Double {
            let length = line.length
            guard length > 0 else { return 0 }
            let direction = line.vector * (1 / length)
            let normal = Point(-direction.y, direction.x)
            let da = abs(Point.dot(edge.a - line.a, normal)), db = abs(Point.dot(edge.b - line.a, normal))
            guard da <= PlanChecker.distanceTolerance, db <= PlanChecker.distanceTolerance else { return 0 }
            let ta = Point.dot(edge.a - line.a, direction), tb = Point.dot(edge.b - line.a, direction)
            return max(0, min(length, max(ta, tb)) - max(0, min(ta, tb)))
        }

        // MARK: Setback areas

        mutating func checkSetbacks() {
            let commercial = zoneType?.isCommercial ?? false
            let allowedRoads = project.roads.flatMap { nearHalf(of: $0) }
            var strips: [(building: Int, strip: WallStrip)] = []
            for (index, building) in project.buildings.enumerated() {
                guard let height = building.wallHeight ?? building.height else {
                    add("setback", "Abstandsflächen", .manualReview, building: building.name, basis: rule.source,
                        "\(building.name): ohne Wand- oder Gebäudehöhe lassen sich die Abstandsflächen nicht berechnen.")
                    continue
                }
                let depth = rule.depth(height: height, commercial: commercial)
                for strip in WallStrip.strips(of: building.footprint, depth: depth) { strips.append((index, strip)) }
            }
            var areas: [SetbackArea] = []
            for (index, entry) in strips.enumerated() {
                let region = entry.strip.polygon.region
                let onSite = region.intersectionArea(with: site)
                var outside = entry.strip.polygon.area - onSite
                if outside > PlanChecker.areaTolerance, !allowedRoads.isEmpty {
                    // Only the part of the road half that is not also on the site may be subtracted.
                    let onRoad = allowedRoads.reduce(0.0) { sum, half in
                        guard let part = ConvexClip.intersection(entry.strip.polygon.exterior, half.exterior) else { return sum }
                        return sum + part.area - Polygon(exterior: part).region.intersectionArea(with: site)
                    }
                    outside = max(0, outside - onRoad)
                }
                var overlap = 0.0
                for (otherIndex, other) in strips.enumerated() where other.building != entry.building && otherIndex != index {
                    overlap += region.intersectionArea(with: other.strip.polygon.region)
                }
                for (otherIndex, building) in project.buildings.enumerated() where otherIndex != entry.building {
                    overlap += region.intersectionArea(with: building.footprint.region)
                }
                areas.append(SetbackArea(building: project.buildings[entry.building].name, strip: entry.strip, outsideArea: outside, overlapArea: overlap))
            }
            setbackAreas = areas
            let depthText = "Tiefe \(Self.format(commercial ? rule.commercialFactor ?? rule.factor : rule.factor, 2)) H, mindestens \(Self.format(rule.minimum, 1)) m"
            for (index, building) in project.buildings.enumerated() {
                let own = zip(strips, areas).filter { $0.0.building == index }.map(\.1)
                guard let first = own.first else { continue }
                let outside = own.filter { $0.outsideArea > PlanChecker.areaTolerance }
                let worst = own.map(\.outsideArea).max() ?? 0
                if outside.isEmpty {
                    add("setback", "Abstandsflächen auf dem Grundstück", .ok, measured: 0, limit: 0, unit: "m²", building: building.name, basis: rule.source,
                        "\(building.name): alle \(own.count) Abstandsflächen (\(depthText): \(Self.format(first.strip.depth, 2)) m) liegen auf dem Grundstück\(project.roads.isEmpty ? "" : " oder bis zur Mitte der angrenzenden Straße").")
                } else {
                    let walls = outside.map { "Wand \($0.strip.wall + 1) (\($0.strip.facing)): \(Self.format($0.outsideArea, 2)) m²" }.joined(separator: "; ")
                    add("setback", "Abstandsflächen auf dem Grundstück", .violation, measured: worst, limit: 0, unit: "m²", building: building.name,
                        basis: rule.source,
                        "\(building.name): Abstandsflächen (\(depthText): \(Self.format(first.strip.depth, 2)) m) reichen über das Grundstück hinaus: \(walls).")
                }
            }
            if project.buildings.count > 1 {
                let overlapping = areas.filter { $0.overlapArea > PlanChecker.areaTolerance }
                let worst = overlapping.map(\.overlapArea).max() ?? 0
                let basis = rule.source.replacingOccurrences(of: "Abs. 5", with: "Abs. 3")
                if overlapping.isEmpty {
                    add("setbackOverlap", "Abstandsflächen überdecken sich nicht", .ok, measured: 0, limit: 0, unit: "m²", basis: basis,
                        "Die Abstandsflächen der Gebäude überdecken sich nicht und liegen nicht auf anderen Gebäuden.")
                } else {
                    let list = overlapping.map { "\($0.building), Wand \($0.strip.wall + 1) (\($0.strip.facing)): \(Self.format($0.overlapArea, 2)) m²" }
                    add("setbackOverlap", "Abstandsflächen überdecken sich nicht", .violation, measured: worst, limit: 0, unit: "m²", basis: basis,
                        "Abstandsflächen überdecken sich oder liegen auf einem anderen Gebäude: \(list.joined(separator: "; ")).")
                }
            }
        }

        /// The half of a road between its middle and the site, one quadrilateral per centerline segment.
        func nearHalf(of road: Project.Road) -> [Polygon] {
            let centre = project.site.centroid
            return zip(road.centerline, road.centerline.dropFirst()).compactMap { a, b in
                let v = b - a
                let length = v.length
                guard length > 0 else { return nil }
                var normal = Point(-v.y / length, v.x / length)
                if Point.dot(centre - a, normal) < 0 { normal = normal * -1 }
                let offset = normal * (road.width / 2)
                let ring = Ring(unchecked: [a, b, b + offset, a + offset])
                return Polygon(exterior: ring)
            }
        }


        /// German number format with a comma ("0,35").
        static func format(_ value: Double, _ decimals: Int) -> String {
            GermanNumber.format(value, decimals: decimals)
        }
    }
}
