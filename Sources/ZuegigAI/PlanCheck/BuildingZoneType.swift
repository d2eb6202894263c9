// The zone types of the BauNVO (XP_BesondereArtDerBaulNutzung) and which uses they allow.
public enum BuildingZoneType: String, Sendable, Codable, CaseIterable {
    case WS, WR, WA, WB, MD, MDW, MI, MU, MK, GE, GI, SO

    /// From the XPlanung code of the special type of use.
    public init?(code: Int) {
        switch code {
        case 1000: self = .WS
        case 1100: self = .WR
        case 1200: self = .WA
        case 1300: self = .WB
        case 1400: self = .MD
        case 1450: self = .MDW
        case 1500: self = .MI
        case 1550: self = .MU
        case 1600: self = .MK
        case 1700: self = .GE
        case 1800: self = .GI
        case 2000, 2100, 3000, 4000: self = .SO
        default: return nil
        }
    }

    public var germanLabel: String {
        switch self {
        case .WS: "Kleinsiedlungsgebiet (WS)"
        case .WR: "reines Wohngebiet (WR)"
        case .WA: "allgemeines Wohngebiet (WA)"
        case .WB: "besonderes Wohngebiet (WB)"
        case .MD: "Dorfgebiet (MD)"
        case .MDW: "dörfliches Wohngebiet (MDW)"
        case .MI: "Mischgebiet (MI)"
        case .MU: "urbanes Gebiet (MU)"
        case .MK: "Kerngebiet (MK)"
        case .GE: "Gewerbegebiet (GE)"
        case .GI: "Industriegebiet (GI)"
        case .SO: "Sondergebiet (SO)"
        }
    }

    public var legalBasis: String {
        switch self {
        case .WS: "§ 2 BauNVO"
        case .WR: "§ 3 BauNVO"
        case .WA: "§ 4 BauNVO"
        case .WB: "§ 4a BauNVO"
        case .MD: "§ 5 BauNVO"
        case .MDW: "§ 5a BauNVO"
        case .MI: "§ 6 BauNVO"
        case .MU: "§ 6a BauNVO"
        case .MK: "§ 7 BauNVO"
        case .GE: "§ 8 BauNVO"
        case .GI: "§ 9 BauNVO"
        case .SO: "§§ 10, 11 BauNVO"
        }
    }

    /// Commercial and industrial zones, where the building codes allow shallower setbacks.
    public var isCommercial: Bool { self == .GE || self == .GI }

    /// One letter per use in `ProjectUse.allCases` order: A allowed (Abs. 2), E by exception (Abs. 3),
    /// N not allowed, ? decided case by case. Read from §§ 2-9 BauNVO (version 2023); a Sondergebiet
    /// depends on its purpose, and § 5a (MDW) is left to the case worker.
    ///         wohn kita lad ezh gfl gas hw gew stö lag büro verw beh gem spo gar tank vgn
    static let table: [BuildingZoneType: String] = [
        .WS: "E E A N N A A E N N N N N E E A E N",
        .WR: "A A E N N N E N N N N N E E E N N N",
        .WA: "A A A N N A A E N N E E E A A E E N",
        .WB: "A A A A N A A A N N A E A A A N E E",
        .MD: "A A A A N A A A N A A A A A A A A E",
        .MDW: "A ? ? ? N ? ? ? N ? ? ? ? ? ? ? ? ?",
        .MI: "A A A A N A A A N A A A A A A A A E",
        .MU: "A A A A N A A A N A A A A A A N E E",
        .MK: "E A A A A A A A N N A A A A A N E A",
        .GE: "E E A A N A A A N A A A A E A A A E",
        .GI: "E E A A N A A A A A ? ? N E E ? A N",
        .SO: "? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ? ?",
    ]

    public func allowance(for use: ProjectUse) -> UseAllowance {
        guard let row = Self.table[self], let index = ProjectUse.allCases.firstIndex(of: use) else { return .unknown }
        let letters = row.split(separator: " ")
        guard index < letters.count else { return .unknown }
        switch letters[index] {
        case "A": return .allowed
        case "E": return .exception
        case "N": return .notAllowed
        default: return .unknown
        }
    }
}
