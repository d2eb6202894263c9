// A computed setback area in front of one wall, with what lies where it may not.
import ZuegigGeo

public struct SetbackArea: Sendable {
    public var building: String
    public var strip: WallStrip
    /// Area outside the site and the near half of adjacent roads (m²).
    public var outsideArea: Double
    /// Area overlapping another building or its setback areas (m²).
    public var overlapArea: Double

    public var isViolation: Bool { outsideArea > PlanChecker.areaTolerance || overlapArea > PlanChecker.areaTolerance }
}
