// Turns our JSON input into the optimiser's problem (inspector-days as vehicles, absolute seconds
// over the planning days), runs the search, and turns the result back into the schedule with the
// reason for every visit left out.
import Foundation
import ZuegigDomain

public struct VisitPlanner: Sendable {
    public let input: VisitPlanInput
    public let problem: RoutingProblem
    /// Vehicle k is inspector `vehicleOwners[k].inspector` on day `vehicleOwners[k].day`.
    public let vehicleOwners: [(inspector: Int, day: Int)]
    let skillBits: [String: UInt64]
    let notices: [VisitPlanOutput.Notice]

    public static let day = 86_400

    public init(_ input: VisitPlanInput, travel: (any TravelTimeSource)? = nil) throws(VisitPlanError) {
        try Self.validate(input)
        self.input = input
        let days = input.days.compactMap { Day(iso: $0) }
        var bits: [String: UInt64] = [:]
        for skill in input.inspectors.flatMap({ $0.skills ?? [] }) + input.visits.flatMap({ $0.skills ?? [] }) where bits[skill] == nil {
            guard bits.count < 64 else { throw .invalid("Höchstens 64 verschiedene Qualifikationen.") }
            bits[skill] = 1 << UInt64(bits.count)
        }
        skillBits = bits
        let mask = { (skills: [String]?) in (skills ?? []).reduce(UInt64(0)) { $0 | bits[$1]! } }

        var owners: [(Int, Int)] = [], vehicles: [RoutingProblem.Vehicle] = []
        for (i, inspector) in input.inspectors.enumerated() {
            let off = Set(inspector.daysOff ?? [])
            for (d, date) in input.days.enumerated() where !off.contains(date) {
                let hours = inspector.weekdayHours?[ClockTime.weekdayKey(days[d])] ?? inspector.hours
                let from = ClockTime.seconds(hours.from)!, to = ClockTime.seconds(hours.to)!
                guard from < to else { continue }
                owners.append((i, d))
                vehicles.append(.init(startLocation: i, endLocation: i, shift: TimeWindow(start: d * Self.day + from, end: d * Self.day + to), skills: mask(inspector.skills)))
            }
        }
        vehicleOwners = owners

        let dayIndex = Dictionary(uniqueKeysWithValues: input.days.enumerated().map { ($1, $0) })
        var notices: [VisitPlanOutput.Notice] = []
        let inspectorIndex = Dictionary(uniqueKeysWithValues: input.inspectors.enumerated().map { ($1.id, $0) })
        let visits = input.visits.enumerated().map { (v, visit) -> RoutingProblem.Visit in
            let lastDay = visit.latestDate.map { latest in input.days.lastIndex { $0 <= latest } ?? -1 } ?? input.days.count - 1
            var windows: [TimeWindow] = []
            if let offered = visit.windows, !offered.isEmpty {
                for window in offered {
                    guard let d = dayIndex[window.date], d <= lastDay else { continue }
                    windows.append(TimeWindow(start: d * Self.day + ClockTime.seconds(window.from)!, end: d * Self.day + ClockTime.seconds(window.to)!))
                }
            } else if lastDay >= 0 {
                windows = (0...lastDay).map { TimeWindow(start: $0 * Self.day, end: $0 * Self.day + Self.day - 1) }
            }
            let priority = visit.priority ?? 1
            var routingVisit = RoutingProblem.Visit(
                location: input.inspectors.count + v, service: visit.durationMinutes * 60, windows: windows,
                skills: mask(visit.skills), penalty: 100_000_000 * Int(pow(3.0, Double(priority - 1)))
            )
            if let confirmed = visit.confirmed {
                let i = inspectorIndex[confirmed.inspector]!, d = dayIndex[confirmed.date]!
                if let k = owners.firstIndex(where: { $0.0 == i && $0.1 == d }) {
                    let start = d * Self.day + ClockTime.seconds(confirmed.start)!
                    routingVisit.windows = [TimeWindow(start: start, end: start)]
                    routingVisit.fixedVehicle = k
                    routingVisit.penalty = 100_000_000_000
                } else {
                    notices.append(.init(visit: visit.id, message: "Der bestätigte Termin am \(confirmed.date) um \(confirmed.start) mit \(input.inspectors[i].name) kann nicht stattfinden (Prüfer abwesend); der Besuch wird neu eingeplant."))
                }
            }
            return routingVisit
        }
        self.notices = notices

        let places = input.inspectors.map { TravelPlace(id: $0.id, latitude: $0.home.lat, longitude: $0.home.lon) }
            + input.visits.map { TravelPlace(id: $0.id, latitude: $0.location.lat, longitude: $0.location.lon) }
        let source: any TravelTimeSource
        if let travel { source = travel } else { source = try input.travelSource() }
        let (seconds, metres) = try source.matrix(for: places)
        problem = RoutingProblem(visits: visits, vehicles: vehicles, matrix: TravelMatrix(size: places.count, times: seconds, distances: metres))
    }

    /// Runs the optimiser and returns the schedule.
    public func plan(options: RouteSearch.Options = .init()) -> VisitPlanOutput {
        var search = RouteSearch(problem: problem, options: options)
        let result = search.run()
        return output(result, seed: options.seed)
    }

    func output(_ result: RouteSearch.Result, seed: UInt64) -> VisitPlanOutput {
        var routes: [VisitPlanOutput.Route] = []
        for (k, visits) in result.routes.enumerated() where !visits.isEmpty {
            let (i, d) = vehicleOwners[k]
            let inspector = input.inspectors[i]
            guard let timing = problem.schedule(vehicle: k, route: visits) else { continue }
            var stops: [VisitPlanOutput.Stop] = []
            var place = problem.vehicles[k].startLocation
            for (n, v) in visits.enumerated() {
                let visit = input.visits[v]
                let travel = problem.matrix.time(place, problem.visits[v].location)
                stops.append(.init(
                    visit: visit.id, title: visit.title, address: visit.address,
                    arrival: ClockTime.fullText(n == 0 ? timing.starts[0] : timing.arrivals[n]), start: ClockTime.fullText(timing.starts[n]),
                    end: ClockTime.fullText(timing.starts[n] + problem.visits[v].service),
                    travelMinutes: Self.round(Double(travel) / 60), confirmed: problem.visits[v].fixedVehicle != nil
                ))
                place = problem.visits[v].location
            }
            let totals = problem.cost(vehicle: k, route: visits)
            let firstTravel = problem.matrix.time(problem.vehicles[k].startLocation, problem.visits[visits[0]].location)
            routes.append(.init(
                inspector: inspector.id, inspectorName: inspector.name, date: input.days[d],
                // The inspector leaves just in time for the first stop.
                departure: ClockTime.fullText(timing.starts[0] - firstTravel),
                returnTime: ClockTime.fullText(timing.returnTime), stops: stops,
                travelMinutes: Self.round(Double(totals.time) / 60), distanceKm: Self.round(Double(totals.distance) / 1000)
            ))
        }
        let unassigned = result.unassigned.map { v in
            let (reason, message) = self.reason(v)
            return VisitPlanOutput.Unassigned(visit: input.visits[v].id, reason: reason, message: message)
        }
        let travel = routes.reduce(0.0) { $0 + $1.travelMinutes }, distance = routes.reduce(0.0) { $0 + $1.distanceKm }
        return VisitPlanOutput(
            routes: routes, unassigned: unassigned, notices: notices,
            totals: .init(visits: input.visits.count, assigned: input.visits.count - unassigned.count, travelMinutes: Self.round(travel), distanceKm: Self.round(distance)),
            search: .init(seed: seed, iterations: result.iterations, seconds: Self.round(result.seconds))
        )
    }

    static func round(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// Why a visit is not in the plan, most basic reason first.
    func reason(_ v: Int) -> (String, String) {
        let visit = problem.visits[v]
        let skilled = problem.vehicles.indices.filter { visit.skills & ~problem.vehicles[$0].skills == 0 }
        if !input.inspectors.contains(where: { inspector in (input.visits[v].skills ?? []).allSatisfy { (inspector.skills ?? []).contains($0) } }) {
            return ("skill", "Kein Prüfer hat die verlangte Qualifikation (\((input.visits[v].skills ?? []).joined(separator: ", "))).")
        }
        if visit.windows.isEmpty {
            return ("window", "Kein angebotenes Zeitfenster liegt im Planungszeitraum bis zum spätesten Termin.")
        }
        if !skilled.contains(where: { problem.canServe(vehicle: $0, visit: v) }) {
            return ("hours", "Kein angebotenes Zeitfenster passt mit An- und Rückfahrt in die Arbeitszeit eines Prüfers mit der nötigen Qualifikation.")
        }
        return ("capacity", "Alle passenden Prüfer sind in den angebotenen Zeitfenstern ausgelastet.")
    }

    static func validate(_ input: VisitPlanInput) throws(VisitPlanError) {
        guard (1...31).contains(input.days.count) else { throw .invalid("Der Planungszeitraum muss 1 bis 31 Tage umfassen.") }
        for day in input.days where Day(iso: day) == nil { throw .invalid("„\(day)“ ist kein gültiges Datum (JJJJ-MM-TT).") }
        guard input.days == input.days.sorted(), Set(input.days).count == input.days.count else { throw .invalid("Die Planungstage müssen aufsteigend und verschieden sein.") }
        guard (1...VisitPlanInput.maxInspectors).contains(input.inspectors.count) else { throw .invalid("Es braucht 1 bis \(VisitPlanInput.maxInspectors) Prüfer.") }
        guard input.visits.count <= VisitPlanInput.maxVisits else { throw .invalid("Höchstens \(VisitPlanInput.maxVisits) Besuche je Planung.") }
        var ids = Set<String>()
        for inspector in input.inspectors {
            guard !inspector.id.isEmpty, ids.insert(inspector.id).inserted else { throw .invalid("Prüfer-ID „\(inspector.id)“ ist leer oder doppelt.") }
            try checkPosition(inspector.home, "Dienstsitz von \(inspector.id)")
            for hours in [inspector.hours] + Array((inspector.weekdayHours ?? [:]).values) {
                guard let from = ClockTime.seconds(hours.from), let to = ClockTime.seconds(hours.to), from < to else {
                    throw .invalid("Arbeitszeit von \(inspector.id) ungültig (\(hours.from)–\(hours.to)).")
                }
            }
            for key in (inspector.weekdayHours ?? [:]).keys where !ClockTime.weekdayKeys.contains(key) {
                throw .invalid("Unbekannter Wochentag „\(key)“ bei \(inspector.id) (mo, di, mi, do, fr, sa, so).")
            }
            for day in inspector.daysOff ?? [] where Day(iso: day) == nil { throw .invalid("Abwesenheit „\(day)“ von \(inspector.id) ist kein Datum.") }
        }
        let inspectorIDs = ids
        for visit in input.visits {
            guard !visit.id.isEmpty, ids.insert(visit.id).inserted else { throw .invalid("Besuchs-ID „\(visit.id)“ ist leer oder doppelt (auch gegenüber Prüfer-IDs).") }
            try checkPosition(visit.location, "Ort von \(visit.id)")
            guard (1...720).contains(visit.durationMinutes) else { throw .invalid("Dauer von \(visit.id) muss 1 bis 720 Minuten sein.") }
            guard (1...3).contains(visit.priority ?? 1) else { throw .invalid("Priorität von \(visit.id) muss 1, 2 oder 3 sein.") }
            if let latest = visit.latestDate, Day(iso: latest) == nil { throw .invalid("Spätester Termin von \(visit.id) ist kein Datum.") }
            guard (visit.windows ?? []).count <= 50 else { throw .invalid("Höchstens 50 Zeitfenster je Besuch (\(visit.id)).") }
            for window in visit.windows ?? [] {
                guard Day(iso: window.date) != nil, let from = ClockTime.seconds(window.from), let to = ClockTime.seconds(window.to), from <= to else {
                    throw .invalid("Zeitfenster von \(visit.id) ungültig (\(window.date) \(window.from)–\(window.to)).")
                }
            }
            if let confirmed = visit.confirmed {
                guard inspectorIDs.contains(confirmed.inspector) else { throw .invalid("Bestätigter Termin von \(visit.id) nennt unbekannten Prüfer „\(confirmed.inspector)“.") }
                guard input.days.contains(confirmed.date), ClockTime.seconds(confirmed.start) != nil else {
                    throw .invalid("Bestätigter Termin von \(visit.id) liegt nicht im Planungszeitraum oder hat keine gültige Uhrzeit.")
                }
            }
        }
    }

    static func checkPosition(_ position: VisitPlanInput.Position, _ what: String) throws(VisitPlanError) {
        guard position.lat.isFinite, position.lon.isFinite, (-90...90).contains(position.lat), (-180...180).contains(position.lon) else {
            throw .invalid("\(what): Koordinaten ungültig (lat −90…90, lon −180…180).")
        }
    }
}
