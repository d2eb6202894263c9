// The kinds of personal data found in statements, with the placeholder that replaces them in texts
// meant for publication.
public enum PersonalDataKind: String, Codable, Sendable, CaseIterable, Hashable {
    case name, address, email, phone, iban, birthdate, parcel

    public var placeholder: String {
        switch self {
        case .name: "[NAME]"
        case .address: "[ADRESSE]"
        case .email: "[E-MAIL]"
        case .phone: "[TELEFON]"
        case .iban: "[IBAN]"
        case .birthdate: "[GEBURTSDATUM]"
        case .parcel: "[FLURSTÜCK]"
        }
    }
}
