// The planning data behind the board: add a visit by hand, enter the location of visits that came
// from a case without project data, cancel a visit, and keep each inspector's office, working hours,
// skills and days off (an inspector falling ill is entered here; the next proposal plans around it).
import Foundation
import Plot
import ZuegigDomain
import ZuegigPersistence

struct VisitDataPage: Page {
    let context: PageContext
    let requests: [VisitRequestModel]
    let staff: [UserModel]
    let profiles: [UUID: InspectorProfileModel]
    var values: [String: String] = [:]
    var fieldErrors: [String: [String]] = [:]
    var message: String?
    var error: String?

    var title: String { "Planungsdaten Vor-Ort-Termine" }

    var main: Node<HTML.BodyContext> {
        let unlocated = requests.filter { !$0.located }
        return .div(
            .h1("Planungsdaten für Vor-Ort-Termine"),
            FormFields.errorSummary(error),
            .if(!fieldErrors.isEmpty, .ul(.class("field-errors"), .forEach(fieldErrors.sorted { $0.key < $1.key }.flatMap(\.value)) { .li(.text($0)) })),
            .unwrap(message) { .div(.attribute(named: "role", value: "status"), .p(.text($0))) },
            .p(.a(.href("/verwaltung/termine"), "Zurück zur Wochenplanung")),
            .if(!unlocated.isEmpty, .section(
                .attribute(named: "aria-labelledby", value: "ohne-lage"),
                .h2(.id("ohne-lage"), .text("Besuche ohne Standort (\(unlocated.count))")),
                .p(.class("hint"), "Diese Besuche stammen aus Vorgängen ohne Projektdaten mit Lage. Sie werden erst eingeplant, wenn die Koordinaten bekannt sind."),
                .ul(.forEach(unlocated) { request in .li(.text("\(request.title), \(request.address)"), locateForm(request)) })
            )),
            addForm,
            requestTable,
            .section(
                .attribute(named: "aria-labelledby", value: "pruefer"),
                .h2(.id("pruefer"), "Prüferinnen und Prüfer"),
                .p(.class("hint"), "Abwesenheiten (Urlaub, Krankheit) als Datum oder „JJJJ-MM-TT bis JJJJ-MM-TT“, durch Komma oder Zeilen getrennt. Bestätigte Termine an diesen Tagen werden beim nächsten Vorschlag neu vergeben und gemeldet."),
                .if(staff.isEmpty, .p("Dieser Behörde ist niemand mit der Rolle Bauüberwachung zugeordnet.")),
                .forEach(staff) { user in profileForm(user) }
            )
        )
    }

    static func field(_ label: String, name: String, id: String, value: String?, type: HTMLInputType = .text, required: Bool = false,
                      maxLength: Int = 200, hint: String? = nil) -> Node<HTML.FormContext> {
        var attributes: [Attribute<HTML.InputContext>] = [.type(type), .name(name), .id(id), .value(value ?? ""),
                                                          Attribute(name: "maxlength", value: String(maxLength))]
        if required { attributes.append(.required(true)) }
        if hint != nil { attributes.append(Attribute(name: "aria-describedby", value: "\(id)-hinweis")) }
        return .div(
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id("\(id)-hinweis"), .text($0)) },
            .selfClosedElement(named: "input", attributes: attributes)
        )
    }

    static func area(_ label: String, name: String, id: String, value: String?, hint: String) -> Node<HTML.FormContext> {
        .div(
            .label(.for(id), .text(label)),
            .p(.class("hint"), .id("\(id)-hinweis"), .text(hint)),
            .textarea(.name(name), .id(id), .attribute(named: "rows", value: "3"), .attribute(named: "maxlength", value: "4000"),
                      .attribute(named: "aria-describedby", value: "\(id)-hinweis"), .text(value ?? ""))
        )
    }

    func locateForm(_ request: VisitRequestModel) -> Node<HTML.BodyContext> {
        let id = request.id!.uuidString.lowercased()
        return .form(
            .class("compact"), .action("/verwaltung/termine/besuche/\(id)/lage"), .method(.post), FormFields.csrf(context),
            Self.field("Breite", name: "lat", id: "lat-\(id)", value: nil, required: true, maxLength: 20),
            Self.field("Länge", name: "lon", id: "lon-\(id)", value: nil, required: true, maxLength: 20),
            .button(.type(.submit), "Standort speichern")
        )
    }

    var addForm: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "neu"),
            .h2(.id("neu"), "Besuch hinzufügen"),
            .form(
                .class("stacked"), .action("/verwaltung/termine/daten/besuche"), .method(.post), FormFields.csrf(context),
                Self.field("Titel", name: "title", id: "title", value: values["title"], required: true, hint: "z. B. „Baukontrolle Gerüst“"),
                Self.field("Aktenzeichen (optional)", name: "caseNumber", id: "caseNumber", value: values["caseNumber"], maxLength: 60,
                           hint: "Verknüpft den Besuch mit dem Vorgang; dessen Projektdaten liefern die Lage, wenn keine Koordinaten angegeben sind."),
                Self.field("Adresse der Baustelle", name: "address", id: "address", value: values["address"], required: true, maxLength: 300),
                Self.field("Breite (Grad)", name: "lat", id: "lat", value: values["lat"], maxLength: 20),
                Self.field("Länge (Grad)", name: "lon", id: "lon", value: values["lon"], maxLength: 20),
                Self.field("Dauer vor Ort (Minuten)", name: "duration", id: "duration", value: values["duration"] ?? "60", type: .number, required: true, maxLength: 3),
                Self.area("Zeitfenster der Bauherrschaft", name: "windows", id: "windows", value: values["windows"],
                          hint: "Je Zeile „JJJJ-MM-TT HH:MM-HH:MM“; leer bedeutet: jederzeit in der Arbeitszeit."),
                Self.field("Erforderliche Qualifikation (optional)", name: "skills", id: "skills", value: values["skills"], hint: "Kürzel, z. B. „brandschutz“"),
                FormFields.select(label: "Dringlichkeit", name: "priority", options: [("1", "normal"), ("2", "hoch"), ("3", "dringend")], selected: values["priority"] ?? "1"),
                Self.field("Spätestens am (optional)", name: "latestDate", id: "latestDate", value: values["latestDate"], type: .date, maxLength: 10),
                Self.field("Ansprechperson (optional)", name: "contactName", id: "contactName", value: values["contactName"]),
                Self.field("E-Mail der Ansprechperson (optional)", name: "contactEmail", id: "contactEmail", value: values["contactEmail"], type: .email, maxLength: 254),
                .button(.type(.submit), "Besuch anlegen")
            )
        )
    }

    var requestTable: Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "besuche"),
            .h2(.id("besuche"), .text("Offene und bestätigte Besuche (\(requests.count))")),
            .table(
                .thead(.tr(CaseSections.th("Besuch"), CaseSections.th("Adresse"), CaseSections.th("Status"), CaseSections.th("Termin"), CaseSections.th("Absagen"))),
                .tbody(.forEach(requests) { request in
                    let id = request.id!.uuidString.lowercased()
                    return .tr(
                        .td(.text(request.title)), .td(.text(request.address)),
                        .td(.text(request.status == .confirmed ? "bestätigt" : (request.located ? "offen" : "offen, Standort fehlt"))),
                        .td(.text(request.plannedDate.map { "\(VisitBoardPage.germanDate($0)), \(request.plannedStart ?? "")" } ?? "—")),
                        .td(.form(.class("compact"), .action("/verwaltung/termine/besuche/\(id)/absagen"), .method(.post), FormFields.csrf(context),
                                  .button(.type(.submit), .attribute(named: "aria-label", value: "„\(request.title)“ absagen"), "Absagen")))
                    )
                })
            )
        )
    }

    func profileForm(_ user: UserModel) -> Node<HTML.BodyContext> {
        let id = user.id!.uuidString.lowercased()
        let profile = profiles[user.id!]
        return .form(
            .class("stacked"), .action("/verwaltung/termine/daten/pruefer/\(id)"), .method(.post), FormFields.csrf(context),
            .h3(.text(user.displayName + (profile == nil ? " (noch ohne Planungsdaten)" : ""))),
            Self.field("Dienstsitz", name: "homeLabel", id: "home-\(id)", value: profile?.homeLabel, required: true),
            Self.field("Breite (Grad)", name: "lat", id: "hlat-\(id)", value: profile.map { String($0.homeLat) }, required: true, maxLength: 20),
            Self.field("Länge (Grad)", name: "lon", id: "hlon-\(id)", value: profile.map { String($0.homeLon) }, required: true, maxLength: 20),
            Self.field("Arbeitsbeginn", name: "hoursFrom", id: "from-\(id)", value: profile?.hoursFrom ?? "07:30", type: .time, required: true, maxLength: 5),
            Self.field("Arbeitsende", name: "hoursTo", id: "to-\(id)", value: profile?.hoursTo ?? "16:00", type: .time, required: true, maxLength: 5),
            Self.field("Arbeitsende freitags (optional)", name: "fridayTo", id: "fri-\(id)", value: profile?.fridayTo, type: .time, maxLength: 5),
            Self.field("Qualifikationen", name: "skills", id: "skills-\(id)", value: profile?.skillList.joined(separator: ", ")),
            Self.area("Abwesenheiten", name: "daysOff", id: "off-\(id)", value: profile?.daysOffList.joined(separator: ", "),
                      hint: "z. B. 2026-12-01, 2026-12-07 bis 2026-12-11"),
            .button(.type(.submit), .text("Planungsdaten von \(user.displayName) speichern"))
        )
    }
}
