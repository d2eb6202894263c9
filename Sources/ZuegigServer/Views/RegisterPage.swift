// Registration for applicants and architects: one account for every authority.
import Plot
import ZuegigDomain

struct RegisterPage: Page {
    let context: PageContext
    var email = ""
    var displayName = ""
    var kind: AccountKind = .applicant
    var error: AppError?

    var title: String { "Konto anlegen" }

    var main: Node<HTML.BodyContext> {
        let errors = error?.fieldErrors ?? [:]
        return .div(
            .h1("Konto anlegen"),
            .p("Mit einem Konto stellen Sie Anträge bei jeder teilnehmenden Bauaufsichtsbehörde."),
            FormFields.errorSummary(error?.detail),
            .form(
                .class("stacked"), .action("/registrieren"), .method(.post),
                FormFields.csrf(context),
                FormFields.input(label: "Name", name: "displayName", type: .text, value: displayName, autocomplete: "name", errors: errors["displayName"] ?? [], maxLength: 120),
                FormFields.input(label: "E-Mail-Adresse", name: "email", type: .email, value: email, autocomplete: "email", errors: errors["email"] ?? [], maxLength: 254),
                FormFields.input(
                    label: "Passwort", name: "password", type: .password, autocomplete: "new-password", errors: errors["password"] ?? [],
                    hint: "Mindestens 10 Zeichen, mindestens zwei Zeichenarten (Buchstaben, Ziffern, Sonderzeichen).", maxLength: 72
                ),
                .fieldset(
                    .element(named: "legend", text: "Ich bin"),
                    kindChoice(.applicant), kindChoice(.architect)
                ),
                .button(.type(.submit), "Konto anlegen")
            )
        )
    }

    func kindChoice(_ choice: AccountKind) -> Node<HTML.FormContext> {
        .div(
            .input(.type(.radio), .name("kind"), .id("kind-\(choice.rawValue)"), .value(choice.rawValue), .checked(kind == choice)),
            .label(.for("kind-\(choice.rawValue)"), .text(choice.germanLabel))
        )
    }
}
