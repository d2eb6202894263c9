// The XPlanGML feature types Zügig evaluates; everything else is kept in the source and listed.
public enum PlanFeatureKind: String, Sendable, Codable, CaseIterable {
    case buildingZone = "BP_BaugebietsTeilFlaeche"
    case overbuildableArea = "BP_UeberbaubareGrundstuecksFlaeche"
    case buildingLimit = "BP_BauGrenze"
    case buildingLine = "BP_BauLinie"

    public var germanLabel: String {
        switch self {
        case .buildingZone: "Baugebietsteilfläche"
        case .overbuildableArea: "Überbaubare Grundstücksfläche"
        case .buildingLimit: "Baugrenze"
        case .buildingLine: "Baulinie"
        }
    }
}
