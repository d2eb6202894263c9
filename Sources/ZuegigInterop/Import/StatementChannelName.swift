// Maps the German and English names of how a statement arrived to the stored channel values.

/// The values are the raw values of ZuegigDomain's StatementChannel; the readers keep them as strings
/// so that they stay pure Foundation.
enum StatementChannelName {
    static let canonicalNames: [String: String] = [
        "brief": "letter", "post": "letter", "letter": "letter",
        "e-mail": "email", "email": "email", "mail": "email",
        "fax": "fax", "telefax": "fax",
        "niederschrift": "minutes", "minutes": "minutes",
        "online": "online",
    ]

    /// Listed in error messages so staff know what to write in the column.
    static let acceptedNames = "Brief, Post, E-Mail, Fax, Niederschrift, online"

    /// nil for a name we do not know.
    static func canonical(_ name: String) -> String? {
        canonicalNames[name.trimmedForImport.lowercased()]
    }
}
