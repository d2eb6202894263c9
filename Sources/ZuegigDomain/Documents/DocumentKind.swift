// The kinds of Bauvorlagen (model BauVorlV) a document can be, with their German labels.
public enum DocumentKind: String, Sendable, Codable, Hashable, CaseIterable {
    case lageplan, bauzeichnung, baubeschreibung, berechnungMassDerNutzung, standsicherheitsnachweis
    case brandschutznachweis, waermeschutznachweis, entwaesserungsplan, stellplatznachweis, vollmacht
    case liegenschaftskataster, statistik, sonstiges

    public var germanLabel: String {
        switch self {
        case .lageplan: "Lageplan"
        case .bauzeichnung: "Bauzeichnung (Grundriss, Schnitt, Ansicht)"
        case .baubeschreibung: "Baubeschreibung"
        case .berechnungMassDerNutzung: "Berechnung des Maßes der baulichen Nutzung"
        case .standsicherheitsnachweis: "Standsicherheitsnachweis"
        case .brandschutznachweis: "Brandschutznachweis"
        case .waermeschutznachweis: "Nachweis Wärmeschutz/GEG"
        case .entwaesserungsplan: "Entwässerungsplan"
        case .stellplatznachweis: "Stellplatznachweis"
        case .vollmacht: "Vollmacht"
        case .liegenschaftskataster: "Auszug aus dem Liegenschaftskataster"
        case .statistik: "Statistischer Erhebungsbogen"
        case .sonstiges: "Sonstiges"
        }
    }

    /// Label for a stored kind string; unknown strings are shown as they are.
    public static func germanLabel(for raw: String) -> String {
        DocumentKind(rawValue: raw)?.germanLabel ?? (raw == "bescheid" ? "Bescheid" : raw)
    }
}
