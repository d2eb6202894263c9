// The depth of setback areas (Abstandsflächen) by Land: a factor of the wall height H and a minimum.
import Foundation

public struct SetbackRule: Hashable, Sendable, Codable {
    public var land: String
    public var factor: Double
    /// Factor in commercial and industrial zones (GE, GI), where the Land sets one.
    public var commercialFactor: Double?
    public var minimum: Double
    public var source: String

    public init(land: String, factor: Double, commercialFactor: Double? = nil, minimum: Double, source: String) {
        self.land = land
        self.factor = factor
        self.commercialFactor = commercialFactor
        self.minimum = minimum
        self.source = source
    }

    /// The model building code: 0.4 H, at least 3 m; 0.2 H in GE/GI.
    public static let model = SetbackRule(land: "MBO", factor: 0.4, commercialFactor: 0.2, minimum: 3, source: "§ 6 Abs. 5 MBO")

    public func depth(height: Double, commercial: Bool) -> Double {
        max(minimum, (commercial ? commercialFactor ?? factor : factor) * height)
    }

    /// Rules from a JSON file: an array of rules, one per Land.
    public static func load(_ data: Data) throws -> [SetbackRule] {
        try JSONDecoder().decode([SetbackRule].self, from: data)
    }
}
