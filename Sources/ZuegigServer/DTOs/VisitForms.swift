// The visit planning forms as validated values: a visit request added by hand, a visit's location,
// and an inspector's planning data. Each reads the submitted fields and answers with German messages
// per field; nothing is stored before every field is valid.
import Foundation
import ZuegigAI
import ZuegigDomain

enum VisitForms {
    static func number(_ text: String?) -> Double? {
        guard let text = Validation.trimmed(text) else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// "52,51" and "13,38" (or with points): a plausible position on the earth, not the null island.
    static func position(lat: String?, lon: String?, into validation: inout Validation) -> (lat: Double, lon: Double)? {
        let latitude = number(lat), longitude = number(lon)
        validation.check(latitude.map { (-90...90).contains($0) } ?? false, "lat", "Bitte die geografische Breite in Grad angeben (z. B. 52,5100).")
        validation.check(longitude.map { (-180...180).contains($0) } ?? false, "lon", "Bitte die geografische Länge in Grad angeben (z. B. 13,3800).")
        guard let latitude, let longitude, (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        validation.check(latitude != 0 || longitude != 0, "lat", "Die Position 0/0 liegt im Atlantik; bitte die Koordinaten der Baustelle angeben.")
        return (latitude, longitude)
    }

    static func skills(_ text: String?, into validation: inout Validation) -> [String] {
        let skills = (text ?? "").lowercased().split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        for skill in skills where skill.wholeMatch(of: /[a-z0-9][a-z0-9-]{0,39}/) == nil {
            validation.check(false, "skills", "„\(skill)“ ist kein gültiges Kürzel (Kleinbuchstaben, Ziffern, Bindestrich).")
        }
        validation.check(skills.count <= 20, "skills", "Höchstens 20 Qualifikationen.")
        return Array(Set(skills)).sorted()
    }

    /// One window per line: "JJJJ-MM-TT HH:MM-HH:MM".
    static func windows(_ text: String?, into validation: inout Validation) -> [VisitPlanInput.Window] {
        let lines = (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        validation.check(lines.count <= 50, "windows", "Höchstens 50 Zeitfenster.")
        return lines.compactMap { line in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            let times = parts.count == 2 ? parts[1].split(separator: "-").map(String.init) : []
            guard parts.count == 2, Day(iso: String(parts[0])) != nil, times.count == 2,
                  let from = ClockTime.seconds(times[0]), let to = ClockTime.seconds(times[1]), from < to else {
                validation.check(false, "windows", "Zeitfenster bitte je Zeile als „JJJJ-MM-TT HH:MM-HH:MM“ angeben (Zeile „\(line)“).")
                return nil
            }
            return VisitPlanInput.Window(date: String(parts[0]), from: ClockTime.text(from), to: ClockTime.text(to))
        }
    }

    struct Request {
        var title: String
        var address: String
        var position: (lat: Double, lon: Double)?
        var durationMinutes: Int
        var windows: [VisitPlanInput.Window]
        var skills: [String]
        var priority: Int
        var latestDate: String?
        var contactName: String?
        var contactEmail: String?
        var caseNumber: String?

        /// Coordinates may be left empty when the case number names a case with project data.
        static func parse(_ fields: [String: String]) throws -> Request {
            var validation = Validation()
            let title = Validation.trimmed(fields["title"]) ?? ""
            validation.check(!title.isEmpty && title.count <= 200, "title", "Bitte einen Titel angeben (bis 200 Zeichen).")
            let address = Validation.trimmed(fields["address"]) ?? ""
            validation.check(!address.isEmpty && address.count <= 300, "address", "Bitte die Adresse der Baustelle angeben (bis 300 Zeichen).")
            var position: (lat: Double, lon: Double)?
            if Validation.trimmed(fields["lat"]) != nil || Validation.trimmed(fields["lon"]) != nil {
                position = VisitForms.position(lat: fields["lat"], lon: fields["lon"], into: &validation)
            }
            let duration = Int(Validation.trimmed(fields["duration"]) ?? "") ?? 0
            validation.check((5...600).contains(duration), "duration", "Die Dauer liegt zwischen 5 und 600 Minuten.")
            let priority = Int(Validation.trimmed(fields["priority"]) ?? "1") ?? 0
            validation.check((1...3).contains(priority), "priority", "Dringlichkeit 1 (normal), 2 (hoch) oder 3 (dringend).")
            let latest = Validation.trimmed(fields["latestDate"])
            validation.check(latest.map { Day(iso: $0) != nil } ?? true, "latestDate", "Spätestens-Datum bitte als JJJJ-MM-TT.")
            let email = Validation.trimmed(fields["contactEmail"])
            validation.check(email.map { $0.count <= 254 && $0.wholeMatch(of: /[^@\s]+@[^@\s]+\.[^@\s]+/) != nil } ?? true,
                             "contactEmail", "Bitte eine gültige E-Mail-Adresse angeben.")
            let contactName = Validation.trimmed(fields["contactName"])
            validation.check((contactName?.count ?? 0) <= 200, "contactName", "Der Name ist zu lang (bis 200 Zeichen).")
            let windows = VisitForms.windows(fields["windows"], into: &validation)
            let skills = VisitForms.skills(fields["skills"], into: &validation)
            try validation.finish()
            return Request(title: title, address: address, position: position, durationMinutes: duration, windows: windows, skills: skills,
                           priority: priority, latestDate: latest, contactName: contactName, contactEmail: email,
                           caseNumber: Validation.trimmed(fields["caseNumber"]))
        }
    }

    struct Profile {
        var homeLabel: String
        var home: (lat: Double, lon: Double)
        var hoursFrom: String
        var hoursTo: String
        var fridayTo: String?
        var skills: [String]
        var daysOff: [String]

        /// Days off: ISO dates or ranges "JJJJ-MM-TT bis JJJJ-MM-TT", separated by commas or lines.
        static func parse(_ fields: [String: String]) throws -> Profile {
            var validation = Validation()
            let label = Validation.trimmed(fields["homeLabel"]) ?? ""
            validation.check(!label.isEmpty && label.count <= 200, "homeLabel", "Bitte den Dienstsitz benennen (bis 200 Zeichen).")
            let home = VisitForms.position(lat: fields["lat"], lon: fields["lon"], into: &validation)
            let from = ClockTime.seconds(Validation.trimmed(fields["hoursFrom"]) ?? "")
            let to = ClockTime.seconds(Validation.trimmed(fields["hoursTo"]) ?? "")
            validation.check(from != nil && to != nil && from! < to!, "hoursFrom", "Arbeitszeit bitte als HH:MM bis HH:MM, Beginn vor Ende.")
            var friday: Int?
            if let text = Validation.trimmed(fields["fridayTo"]) {
                friday = ClockTime.seconds(text)
                validation.check(friday != nil && from.map { friday! > $0 } ?? false, "fridayTo", "Freitags-Ende bitte als HH:MM nach dem Beginn.")
            }
            let skills = VisitForms.skills(fields["skills"], into: &validation)
            var days: Set<String> = []
            for entry in (fields["daysOff"] ?? "").split(whereSeparator: { $0 == "," || $0.isNewline }).map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
                let range = entry.components(separatedBy: " bis ").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let first = range.first.flatMap(Day.init(iso:)), let last = range.count == 2 ? Day(iso: range[1]) : (range.count == 1 ? first : nil),
                      first <= last, first.adding(days: 366) > last else {
                    validation.check(false, "daysOff", "Abwesenheit bitte als JJJJ-MM-TT oder „JJJJ-MM-TT bis JJJJ-MM-TT“ (höchstens ein Jahr) angeben: „\(entry)“.")
                    continue
                }
                var day = first
                while day <= last { days.insert(day.description); day = day.adding(days: 1) }
            }
            validation.check(days.count <= 1_000, "daysOff", "Zu viele Abwesenheitstage.")
            try validation.finish()
            return Profile(homeLabel: label, home: home!, hoursFrom: ClockTime.text(from!), hoursTo: ClockTime.text(to!),
                           fridayTo: friday.map(ClockTime.text), skills: skills, daysOff: days.sorted())
        }
    }
}
