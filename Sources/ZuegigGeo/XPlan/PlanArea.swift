// A part of a plan (BP_Bereich) with its own scope.
public struct PlanArea: Hashable, Sendable, Codable {
    public var gmlID: String
    public var name: String?
    public var number: String?
    public var scope: [Polygon]

    public init(gmlID: String, name: String? = nil, number: String? = nil, scope: [Polygon] = []) {
        self.gmlID = gmlID
        self.name = name
        self.number = number
        self.scope = scope
    }
}
