// The measures a plan sets for a building zone or an overbuildable area (§§ 16-21a BauNVO), as
// XPlanGML names them. Absent values are nil: the plan sets nothing there.
public struct PlanDimensions: Hashable, Sendable, Codable {
    public var GRZ: Double?
    public var GRZmin: Double?
    public var GRZmax: Double?
    public var GR: Double?
    public var GRmin: Double?
    public var GRmax: Double?
    public var GFZ: Double?
    public var GFZmin: Double?
    public var GFZmax: Double?
    public var GF: Double?
    public var GFmin: Double?
    public var GFmax: Double?
    public var Z: Int?
    public var Zmin: Int?
    public var Zmax: Int?
    public var Zzwingend: Int?

    public init() {}

    static let decimalNames: [String: any WritableKeyPath<PlanDimensions, Double?> & Sendable] = [
        "GRZ": \.GRZ, "GRZmin": \.GRZmin, "GRZmax": \.GRZmax, "GR": \.GR, "GRmin": \.GRmin, "GRmax": \.GRmax,
        "GFZ": \.GFZ, "GFZmin": \.GFZmin, "GFZmax": \.GFZmax, "GF": \.GF, "GFmin": \.GFmin, "GFmax": \.GFmax,
    ]
    static let integerNames: [String: any WritableKeyPath<PlanDimensions, Int?> & Sendable] = [
        "Z": \.Z, "Zmin": \.Zmin, "Zmax": \.Zmax, "Zzwingend": \.Zzwingend,
    ]

    /// Reads one property element; false when the name is not a dimension.
    mutating func read(_ node: XMLNode) throws(GeometryError) -> Bool {
        if let path = Self.decimalNames[node.name] {
            guard let value = Double(node.trimmedText), value.isFinite, value >= 0 else {
                throw .malformed("\(node.name) = \"\(node.trimmedText)\" ist keine gültige Zahl (Zeile \(node.line)).")
            }
            self[keyPath: path] = value
            return true
        }
        if let path = Self.integerNames[node.name] {
            guard let value = Int(node.trimmedText), value >= 0 else {
                throw .malformed("\(node.name) = \"\(node.trimmedText)\" ist keine gültige Geschosszahl (Zeile \(node.line)).")
            }
            self[keyPath: path] = value
            return true
        }
        return false
    }

    /// The upper limit of the site coverage ratio: GRZ, else GRZmax.
    public var grzLimit: Double? { GRZ ?? GRZmax }
    public var grLimit: Double? { GR ?? GRmax }
    public var gfzLimit: Double? { GFZ ?? GFZmax }
    public var gfLimit: Double? { GF ?? GFmax }
    public var storeyLimit: Int? { Zzwingend ?? Z ?? Zmax }
    public var isEmpty: Bool { self == PlanDimensions() }
}
