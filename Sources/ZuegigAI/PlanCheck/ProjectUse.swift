// The main use of a project in the categories of the BauNVO (§§ 2-11), fine enough to decide
// whether it is allowed in a zone.
public enum ProjectUse: String, Sendable, Codable, CaseIterable {
    case wohnen, kinderbetreuung, laeden, einzelhandel, grossflaechigerEinzelhandel, gastronomie, handwerk, gewerbe
    case gewerbeStoerend, lager, buero, verwaltung, beherbergung, gemeinbedarf, sport, gartenbau, tankstelle
    case vergnuegungsstaette

    public var germanLabel: String {
        switch self {
        case .wohnen: "Wohngebäude"
        case .kinderbetreuung: "Anlage zur Kinderbetreuung"
        case .laeden: "Laden zur Versorgung des Gebiets"
        case .einzelhandel: "Einzelhandelsbetrieb"
        case .grossflaechigerEinzelhandel: "großflächiger Einzelhandelsbetrieb (§ 11 Abs. 3 BauNVO)"
        case .gastronomie: "Schank- und Speisewirtschaft"
        case .handwerk: "nicht störender Handwerksbetrieb"
        case .gewerbe: "sonstiger nicht störender Gewerbebetrieb"
        case .gewerbeStoerend: "erheblich belästigender Gewerbebetrieb"
        case .lager: "Lagerhaus oder Lagerplatz"
        case .buero: "Geschäfts- und Bürogebäude"
        case .verwaltung: "Anlage für Verwaltungen"
        case .beherbergung: "Betrieb des Beherbergungsgewerbes"
        case .gemeinbedarf: "Anlage für kirchliche, kulturelle, soziale oder gesundheitliche Zwecke"
        case .sport: "Anlage für sportliche Zwecke"
        case .gartenbau: "Gartenbaubetrieb"
        case .tankstelle: "Tankstelle"
        case .vergnuegungsstaette: "Vergnügungsstätte"
        }
    }
}
