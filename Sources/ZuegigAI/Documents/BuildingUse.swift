// Main uses of a building, as the extractor reports them, with the words that name them.
public enum BuildingUse: String, Sendable, Codable, Hashable, CaseIterable {
    case wohnen, buero, einzelhandel, gewerbe, gastronomie, beherbergung, sozial

    public var germanLabel: String {
        switch self {
        case .wohnen: "Wohnen"
        case .buero: "Büro und Verwaltung"
        case .einzelhandel: "Einzelhandel"
        case .gewerbe: "Gewerbe, Handwerk, Lager"
        case .gastronomie: "Gastronomie"
        case .beherbergung: "Beherbergung"
        case .sozial: "Soziale Einrichtung"
        }
    }

    /// Word prefixes (folded, lower case) that name a use. Zone names such as "Wohngebiet" are
    /// deliberately absent: they describe the plan, not the building.
    static let prefixes: [(String, BuildingUse)] = [
        ("wohngebaud", .wohnen), ("wohnhaus", .wohnen), ("wohnhaus", .wohnen), ("mehrfamilienhaus", .wohnen),
        ("einfamilienhaus", .wohnen), ("zweifamilienhaus", .wohnen), ("reihenhaus", .wohnen), ("doppelhaus", .wohnen),
        ("wohnanlage", .wohnen), ("wohnung", .wohnen), ("wohneinheit", .wohnen), ("wohnen", .wohnen),
        ("stadthaus", .wohnen), ("mietwohn", .wohnen), ("geschosswohn", .wohnen), ("wohnzweck", .wohnen),
        ("burogebaud", .buero), ("buro", .buero), ("verwaltung", .buero), ("praxis", .buero), ("kanzlei", .buero),
        ("einzelhandel", .einzelhandel), ("ladengeschaft", .einzelhandel), ("laden", .einzelhandel),
        ("verbrauchermarkt", .einzelhandel), ("supermarkt", .einzelhandel), ("lebensmittelmarkt", .einzelhandel),
        ("discounter", .einzelhandel), ("verkaufsstatte", .einzelhandel), ("fachmarkt", .einzelhandel),
        ("gewerbe", .gewerbe), ("werkstatt", .gewerbe), ("produktion", .gewerbe), ("lagerhalle", .gewerbe),
        ("halle", .gewerbe), ("handwerk", .gewerbe), ("betriebsgebaud", .gewerbe), ("fertigung", .gewerbe),
        ("lager", .gewerbe), ("industrie", .gewerbe),
        ("gaststatte", .gastronomie), ("restaurant", .gastronomie), ("schank", .gastronomie), ("speise", .gastronomie),
        ("cafe", .gastronomie), ("imbiss", .gastronomie), ("gastronomie", .gastronomie), ("bistro", .gastronomie),
        ("hotel", .beherbergung), ("pension", .beherbergung), ("beherbergung", .beherbergung),
        ("gastehaus", .beherbergung), ("ferienwohnung", .beherbergung), ("hostel", .beherbergung),
        ("kindertag", .sozial), ("kita", .sozial), ("kindergarten", .sozial), ("pflege", .sozial),
        ("senioren", .sozial), ("altenheim", .sozial), ("schule", .sozial), ("jugend", .sozial), ("sozial", .sozial),
    ]

    /// The first use named in a text, scanning words in order (longest prefix wins per word).
    public static func named(in text: String) -> BuildingUse? {
        for word in GermanText.words(text) {
            var best: (Int, BuildingUse)?
            for (prefix, use) in prefixes where word.hasPrefix(prefix) {
                if best == nil || prefix.count > best!.0 { best = (prefix.count, use) }
            }
            // Words in which a use word appears as a later part ("Einfamilienhausbebauung" is
            // found by prefix; "Gewerbegebiet" names a zone, not a use).
            if let best, !word.hasSuffix("gebiet") { return best.1 }
        }
        return nil
    }
}
