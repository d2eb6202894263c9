// The inspector's day on a phone: the visits in route order with time, address (a link that opens
// the map app), the case's key facts, and the protocol form (result, findings, defects with deadlines).
import Foundation
import Plot
import ZuegigDomain
import ZuegigPersistence

struct InspectorDayPage: Page {
    struct Stop {
        let request: VisitRequestModel
        let caseTitle: String?
        let caseNumber: String?
        let caseLink: String?
        let parcel: String?
        var photos: [VisitPhotoModel] = []
    }

    let context: PageContext
    let date: String
    let stops: [Stop]
    var message: String?
    var error: String?

    var title: String { "Mein Tag" }

    var main: Node<HTML.BodyContext> {
        .div(
            .class("day-view"),
            .h1(.text("Meine Termine am \(VisitBoardPage.germanDate(date))")),
            FormFields.errorSummary(error),
            .unwrap(message) { .div(.attribute(named: "role", value: "status"), .p(.text($0))) },
            .form(
                .class("inline"), .action("/termine"), .method(.get),
                .label(.for("datum"), "Tag"), .input(.type(.date), .name("datum"), .id("datum"), .value(date)),
                .button(.type(.submit), "Anzeigen")
            ),
            .if(stops.isEmpty, .p("Für diesen Tag sind keine Termine eingeplant.")),
            .ol(.class("stops"), .forEach(stops) { stop in item(stop) })
        )
    }

    func item(_ stop: Stop) -> Node<HTML.ListContext> {
        let request = stop.request
        let id = request.id!.uuidString.lowercased()
        let mapLink = "geo:\(request.lat),\(request.lon)?q=\(request.lat),\(request.lon)"
        return .li(
            .h2(.text("\(request.plannedStart ?? "")–\(request.plannedEnd ?? ""): \(request.title)")),
            .p(.a(.href(mapLink), .text(request.address)), .text(" (Karte öffnen)")),
            .unwrap(stop.caseTitle) { title in
                .p(.text("Vorgang \(stop.caseNumber ?? "ohne Nummer"): \(title)"), .unwrap(stop.parcel) { .text(", Flurstück \($0)") }, .text(" – "),
                   .unwrap(stop.caseLink) { .a(.href($0), "Vorgang öffnen") })
            },
            .unwrap(request.contactName) { .p(.text("Ansprechperson: \($0)")) },
            .if(request.status == .done, .p(.class("done"), "Protokoll erfasst.")),
            .if(!stop.photos.isEmpty, .ul(.class("photos"), .forEach(Array(stop.photos.enumerated())) { n, photo in
                .li(.a(.href("/termine/\(id)/fotos/\(photo.id!.uuidString.lowercased())"), .text("Foto \(n + 1): \(photo.fileName)")))
            })),
            .if(request.status == .confirmed, .form(
                .class("stacked"), .action("/termine/\(id)/protokoll"), .method(.post), .enctype(.multipartData), FormFields.csrf(context),
                FormFields.select(label: "Ergebnis", name: "result",
                                  options: [("passed", "ohne Mängel"), ("passedWithDefects", "mit Mängeln bestanden"), ("failed", "nicht bestanden")], selected: "passed"),
                .div(.label(.for("findings-\(id)"), "Befund"),
                     .textarea(.name("findings"), .id("findings-\(id)"), .attribute(named: "rows", value: "3"), .attribute(named: "maxlength", value: "20000"))),
                .div(.label(.for("defects-\(id)"), "Mängel mit Frist (je Zeile: Beschreibung | JJJJ-MM-TT)"),
                     .textarea(.name("defects"), .id("defects-\(id)"), .attribute(named: "rows", value: "3"), .attribute(named: "maxlength", value: "20000"))),
                .div(.label(.for("photos-\(id)"), "Fotos (bis \(VisitService.maxPhotos), JPEG oder PNG, je bis \(VisitService.maxPhotoBytes / 1_048_576) MB)"),
                     .input(.type(.file), .name("photos[]"), .id("photos-\(id)"), .attribute(named: "accept", value: "image/jpeg,image/png"),
                            .attribute(named: "multiple", value: "multiple"), .attribute(named: "capture", value: "environment"))),
                .button(.type(.submit), "Protokoll speichern")
            ))
        )
    }
}
