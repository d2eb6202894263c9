// The facts a case worker needs from the Bauvorlagen, each found with its page.
public enum DocumentField: String, Sendable, Codable, Hashable, CaseIterable {
    case gemarkung, flur, flurstueck, adresse, bauherr, architekt, gebaeudeklasse, nutzung, vollgeschosse
    case hoehe, bgf, grundstuecksflaeche, grz, gfz, baukosten

    public var germanLabel: String {
        switch self {
        case .gemarkung: "Gemarkung"
        case .flur: "Flur"
        case .flurstueck: "Flurstück"
        case .adresse: "Anschrift des Baugrundstücks"
        case .bauherr: "Bauherr/in"
        case .architekt: "Entwurfsverfasser/in"
        case .gebaeudeklasse: "Gebäudeklasse"
        case .nutzung: "Nutzung"
        case .vollgeschosse: "Vollgeschosse"
        case .hoehe: "Gebäudehöhe"
        case .bgf: "Brutto-Grundfläche"
        case .grundstuecksflaeche: "Grundstücksfläche"
        case .grz: "GRZ (erklärt)"
        case .gfz: "GFZ (erklärt)"
        case .baukosten: "Baukosten"
        }
    }

    /// Numeric fields are compared with a tolerance; the others as normalised text.
    public var isNumeric: Bool {
        switch self {
        case .hoehe, .bgf, .grundstuecksflaeche, .grz, .gfz, .baukosten, .gebaeudeklasse, .vollgeschosse, .flur: true
        default: false
        }
    }

    public var unit: String? {
        switch self {
        case .hoehe: "m"
        case .bgf, .grundstuecksflaeche: "m²"
        case .baukosten: "€"
        default: nil
        }
    }
}
