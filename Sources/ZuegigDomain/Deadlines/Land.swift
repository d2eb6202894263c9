// The 16 Länder; building law and public holidays differ by Land.

public enum Land: String, Codable, Sendable, CaseIterable, Hashable {
    case BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH

    public var germanName: String {
        switch self {
        case .BW: "Baden-Württemberg"
        case .BY: "Bayern"
        case .BE: "Berlin"
        case .BB: "Brandenburg"
        case .HB: "Bremen"
        case .HH: "Hamburg"
        case .HE: "Hessen"
        case .MV: "Mecklenburg-Vorpommern"
        case .NI: "Niedersachsen"
        case .NW: "Nordrhein-Westfalen"
        case .RP: "Rheinland-Pfalz"
        case .SL: "Saarland"
        case .SN: "Sachsen"
        case .ST: "Sachsen-Anhalt"
        case .SH: "Schleswig-Holstein"
        case .TH: "Thüringen"
        }
    }
}
