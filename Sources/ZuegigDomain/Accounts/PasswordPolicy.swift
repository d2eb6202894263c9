// Password rules for local accounts, with German messages for the UI and the API.

public struct PasswordPolicy: Sendable {
    public var minimumLength: Int
    public var maximumLength: Int
    public var requiredCharacterClasses: Int

    /// A handful of passwords that every attacker tries first; the length rule catches most others.
    static let common: Set<String> = [
        "passwort123", "password123", "1234567890", "12345678901", "123456789012", "qwertzuiop",
        "qwertyuiop", "hallo12345", "passwort1234", "password1234", "willkommen1", "willkommen123",
        "sommer2026!", "winter2026!", "zuegig-demo", "zuegigzuegig",
    ]

    /// Defaults follow BSI IT-Grundschutz ORP.4: length over complexity, bcrypt limits to 72 bytes.
    public init(minimumLength: Int = 10, maximumLength: Int = 72, requiredCharacterClasses: Int = 2) {
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.requiredCharacterClasses = requiredCharacterClasses
    }

    /// Returns the German reasons why `password` is not acceptable; empty when it is.
    public func violations(of password: String, email: String) -> [String] {
        var problems: [String] = []
        if password.count < minimumLength {
            problems.append("Das Passwort muss mindestens \(minimumLength) Zeichen lang sein.")
        }
        if password.utf8.count > maximumLength {
            problems.append("Das Passwort darf höchstens \(maximumLength) Byte lang sein.")
        }
        if characterClasses(in: password) < requiredCharacterClasses {
            problems.append("Das Passwort muss mindestens \(requiredCharacterClasses) der Zeichenarten Kleinbuchstaben, Großbuchstaben, Ziffern und Sonderzeichen enthalten.")
        }
        let lowered = password.lowercased()
        if Self.common.contains(lowered) {
            problems.append("Dieses Passwort ist zu verbreitet und leicht zu erraten.")
        }
        let localPart = email.lowercased().split(separator: "@").first.map(String.init) ?? ""
        if localPart.count >= 4, lowered.contains(localPart) {
            problems.append("Das Passwort darf die E-Mail-Adresse nicht enthalten.")
        }
        if let first = password.first, password.count > 1, password.allSatisfy({ $0 == first }) {
            problems.append("Das Passwort darf nicht aus einem einzigen wiederholten Zeichen bestehen.")
        }
        return problems
    }

    func characterClasses(in password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for character in password {
            if character.isLowercase { lower = true }
            else if character.isUppercase { upper = true }
            else if character.isNumber { digit = true }
            else { other = true }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}
