// An independent check of a proposed schedule against the raw input: it shares no code with the
// optimiser's bookkeeping and recomputes every time from the dates, clock times and the travel
// source. It lists each broken rule in German: a visit twice or missing, an unknown or absent
// inspector, a missing skill, a start outside the offered windows or after the latest date, a
// confirmed appointment moved, travel time not respected, working hours exceeded.
import ZuegigDomain

public enum VisitPlanChecker {
    public static func violations(of plan: VisitPlanOutput, input: VisitPlanInput, travel: any TravelTimeSource) throws(VisitPlanError) -> [String] {
        var problems: [String] = []
        let inspectors = Dictionary(input.inspectors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let visits = Dictionary(input.visits.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        var inspectorDays = Set<String>()
        for route in plan.routes {
            guard let inspector = inspectors[route.inspector] else { problems.append("Unbekannter Prüfer \(route.inspector)."); continue }
            guard input.days.contains(route.date), let date = Day(iso: route.date) else { problems.append("Tag \(route.date) liegt nicht im Planungszeitraum."); continue }
            if !inspectorDays.insert("\(route.inspector)|\(route.date)").inserted { problems.append("\(route.inspector) hat am \(route.date) zwei Touren.") }
            if (inspector.daysOff ?? []).contains(route.date) { problems.append("\(route.inspector) ist am \(route.date) abwesend, hat aber eine Tour.") }
            let hours = inspector.weekdayHours?[ClockTime.weekdayKey(date)] ?? inspector.hours
            let shiftStart = ClockTime.seconds(hours.from) ?? 0, shiftEnd = ClockTime.seconds(hours.to) ?? 0
            let places = [TravelPlace(id: inspector.id, latitude: inspector.home.lat, longitude: inspector.home.lon)]
                + route.stops.compactMap { stop in visits[stop.visit].map { TravelPlace(id: $0.id, latitude: $0.location.lat, longitude: $0.location.lon) } }
            guard places.count == route.stops.count + 1 else { problems.append("Tour \(route.inspector) \(route.date) nennt unbekannte Besuche."); continue }
            let matrix = try travel.matrix(for: places).seconds
            let n = places.count
            guard let departure = ClockTime.seconds(route.departure) else { problems.append("Abfahrt \(route.departure) ungültig."); continue }
            if departure < shiftStart { problems.append("\(route.inspector) fährt am \(route.date) vor Arbeitsbeginn los.") }
            var clock = departure, from = 0
            for (index, stop) in route.stops.enumerated() {
                let visit = visits[stop.visit]!
                seen[stop.visit, default: 0] += 1
                let to = index + 1
                guard let arrival = ClockTime.seconds(stop.arrival), let start = ClockTime.seconds(stop.start), let end = ClockTime.seconds(stop.end) else {
                    problems.append("\(stop.visit): Uhrzeiten ungültig."); continue
                }
                if arrival < clock + matrix[from * n + to] { problems.append("\(stop.visit): Ankunft \(stop.arrival) vor Ende der Fahrzeit.") }
                if start < arrival { problems.append("\(stop.visit): Beginn vor Ankunft.") }
                if end != start + visit.durationMinutes * 60 { problems.append("\(stop.visit): Dauer stimmt nicht.") }
                let missing = (visit.skills ?? []).filter { !(inspector.skills ?? []).contains($0) }
                if !missing.isEmpty { problems.append("\(stop.visit): \(route.inspector) fehlt die Qualifikation \(missing.joined(separator: ", ")).") }
                if let latest = visit.latestDate, route.date > latest { problems.append("\(stop.visit): nach dem spätesten Termin \(latest).") }
                if let windows = visit.windows, !windows.isEmpty {
                    let fits = windows.contains { $0.date == route.date && (ClockTime.seconds($0.from) ?? .max) <= start && start <= (ClockTime.seconds($0.to) ?? .min) }
                    if !fits { problems.append("\(stop.visit): Beginn \(stop.start) am \(route.date) liegt in keinem angebotenen Zeitfenster.") }
                }
                if let confirmed = visit.confirmed, !plan.notices.contains(where: { $0.visit == visit.id }) {
                    if confirmed.inspector != route.inspector || confirmed.date != route.date || ClockTime.seconds(confirmed.start) != start {
                        problems.append("\(stop.visit): bestätigter Termin wurde verschoben.")
                    }
                }
                clock = end
                from = to
            }
            guard let back = ClockTime.seconds(route.returnTime) else { problems.append("Rückkehr \(route.returnTime) ungültig."); continue }
            if back < clock + matrix[from * n] { problems.append("\(route.inspector) \(route.date): Rückkehr vor Ende der Rückfahrt.") }
            if back > shiftEnd { problems.append("\(route.inspector) \(route.date): Rückkehr \(route.returnTime) nach Arbeitsende \(hours.to).") }
        }
        for (visit, count) in seen where count > 1 { problems.append("\(visit) ist \(count)-mal eingeplant.") }
        let left = Set(plan.unassigned.map(\.visit))
        for visit in input.visits {
            let planned = seen[visit.id] != nil
            if planned && left.contains(visit.id) { problems.append("\(visit.id) ist eingeplant und zugleich nicht eingeplant.") }
            if !planned && !left.contains(visit.id) { problems.append("\(visit.id) fehlt im Plan ohne Begründung.") }
        }
        return problems
    }
}
