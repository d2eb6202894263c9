// The login form.
import Plot

struct LoginPage: Page {
    let context: PageContext
    var email = ""
    var errorMessage: String?

    var title: String { "Anmelden" }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1("Anmelden"),
            FormFields.errorSummary(errorMessage),
            .form(
                .class("stacked"), .action("/anmelden"), .method(.post),
                FormFields.csrf(context),
                FormFields.input(label: "E-Mail-Adresse", name: "username", type: .email, value: email, autocomplete: "username", maxLength: 254),
                FormFields.input(label: "Passwort", name: "password", type: .password, autocomplete: "current-password", maxLength: 128),
                .button(.type(.submit), "Anmelden")
            ),
            .p(.text("Noch kein Konto? "), .a(.href("/registrieren"), "Konto anlegen"))
        )
    }
}
