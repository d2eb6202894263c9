// The account kinds a person may choose when registering (staff accounts are made by admins).
import ZuegigDomain

enum AccountKindInput: String, Sendable {
    case applicant
    case architect

    var accountKind: AccountKind {
        switch self {
        case .applicant: .applicant
        case .architect: .architect
        }
    }
}
