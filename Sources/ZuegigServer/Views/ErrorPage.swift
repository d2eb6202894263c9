// The German error page for every failed HTML request.
import Plot

struct ErrorPage: Page {
    let error: AppError
    let context: PageContext

    var title: String { error.title }

    var main: Node<HTML.BodyContext> {
        .div(
            .h1(.text(error.title)),
            .p(.text(error.detail)),
            .if(error.kind == .unauthenticated, .p(.a(.href("/anmelden"), "Zur Anmeldung"))),
            .p(.a(.href("/"), "Zur Startseite"))
        )
    }
}
