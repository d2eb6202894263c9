// The columns a statement CSV may have, recognised by their German or English header names.

enum StatementColumn: CaseIterable {
    case text, id, name, address, email, date, channel

    var headerNames: [String] {
        switch self {
        case .text: ["text", "stellungnahme", "inhalt", "einwendung"]
        case .id: ["id", "kennung", "nummer", "nr"]
        case .name: ["name", "absender", "verfasser"]
        case .address: ["address", "adresse", "anschrift"]
        case .email: ["email", "e-mail", "mail"]
        case .date: ["date", "datum", "eingang", "eingangsdatum"]
        case .channel: ["channel", "kanal", "eingangsweg"]
        }
    }

    /// Case and surrounding spaces do not matter, nor a final full stop ("Nr.").
    init?(header: String) {
        var name = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard let column = Self.allCases.first(where: { $0.headerNames.contains(name) }) else { return nil }
        self = column
    }
}
