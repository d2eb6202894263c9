// Visit planning in our format: a realistic week checked by the independent checker, the reasons for
// visits left out, confirmed appointments kept, an absent inspector's appointments re-planned, the
// operator's travel matrix, and clear German errors for bad input.
import Foundation
import Testing
@testable import ZuegigAI

struct VisitPlannerTests {
    static let options = RouteSearch.Options(seed: 5, timeLimit: 120, iterations: 3_000)

    static func office(_ id: String, skills: [String] = [], daysOff: [String] = []) -> VisitPlanInput.Inspector {
        .init(id: id, name: "Prüfer \(id)", home: .init(lat: 52.50, lon: 13.40), hours: .init(from: "08:00", to: "16:00"), skills: skills, daysOff: daysOff)
    }

    static func visit(_ id: String, lat: Double = 52.51, windows: [VisitPlanInput.Window]? = nil, skills: [String]? = nil, confirmed: VisitPlanInput.Confirmed? = nil, latest: String? = nil) -> VisitPlanInput.Visit {
        .init(id: id, title: "Abnahme \(id)", location: .init(lat: lat, lon: 13.41), durationMinutes: 60, windows: windows, skills: skills, latestDate: latest, confirmed: confirmed)
    }

    @Test(arguments: [1, 2, 3])
    func aRealisticWeekPassesTheIndependentCheck(seed: Int) throws {
        let input = VisitWeekGenerator.week(visits: 120, inspectors: 8, days: 5, firstDay: "2026-11-23", seed: UInt64(seed))
        let planner = try VisitPlanner(input)
        let plan = planner.plan(options: Self.options)
        #expect(try VisitPlanChecker.violations(of: plan, input: input, travel: input.travelSource()) == [])
        #expect(plan.totals.assigned >= 110, "a normal week should fit almost entirely")
        #expect(plan.routes.allSatisfy { input.days.contains($0.date) })
        // The checker is not blind: moving one start out of its windows is reported.
        var broken = plan
        let stop = broken.routes[0].stops[0]
        broken.routes[0].stops[0].start = "05:00:00"
        broken.routes[0].stops[0].arrival = "05:00:00"
        let found = try VisitPlanChecker.violations(of: broken, input: input, travel: input.travelSource())
        #expect(found.contains { $0.contains(stop.visit) && $0.contains("Zeitfenster") })
    }

    @Test func leavesOutWhatCannotFitAndSaysWhy() throws {
        let days = ["2026-11-23", "2026-11-24"]
        let input = VisitPlanInput(days: days, inspectors: [Self.office("A")], visits: [
            Self.visit("ok", windows: [.init(date: days[0], from: "09:00", to: "11:00")]),
            Self.visit("fire", skills: ["brandschutz"]),
            Self.visit("nextWeek", windows: [.init(date: "2026-11-30", from: "09:00", to: "11:00")]),
            Self.visit("tooLate", windows: [.init(date: days[1], from: "09:00", to: "10:00")], latest: days[0]),
            Self.visit("night", windows: [.init(date: days[0], from: "20:00", to: "21:00")]),
            // Three one-hour visits that all must start between 09:00 and 09:10 on the same day.
            Self.visit("c1", windows: [.init(date: days[1], from: "09:00", to: "09:10")]),
            Self.visit("c2", windows: [.init(date: days[1], from: "09:00", to: "09:10")]),
        ])
        let plan = try VisitPlanner(input).plan(options: Self.options)
        let reasons = Dictionary(uniqueKeysWithValues: plan.unassigned.map { ($0.visit, $0.reason) })
        #expect(reasons["fire"] == "skill")
        #expect(reasons["nextWeek"] == "window")
        #expect(reasons["tooLate"] == "window")
        #expect(reasons["night"] == "hours")
        #expect(reasons["ok"] == nil)
        #expect([reasons["c1"], reasons["c2"]].compactMap { $0 } == ["capacity"])
        #expect(plan.unassigned.allSatisfy { !$0.message.isEmpty })
        #expect(try VisitPlanChecker.violations(of: plan, input: input, travel: input.travelSource()) == [])
    }

    @Test func keepsConfirmedAppointmentsAndReplansThoseOfAnAbsentInspector() throws {
        let days = ["2026-11-23", "2026-11-24"]
        var input = VisitPlanInput(days: days, inspectors: [Self.office("A"), Self.office("B")], visits: [
            Self.visit("fixed", windows: [.init(date: days[0], from: "08:00", to: "15:00")], confirmed: .init(inspector: "B", date: days[0], start: "13:15")),
            Self.visit("free1"), Self.visit("free2", lat: 52.52),
        ])
        var plan = try VisitPlanner(input).plan(options: Self.options)
        let stop = plan.routes.flatMap { route in route.stops.map { (route, $0) } }.first { $0.1.visit == "fixed" }
        #expect(stop?.0.inspector == "B")
        #expect(stop?.0.date == days[0])
        #expect(stop?.1.start == "13:15:00")
        #expect(stop?.1.confirmed == true)
        // B falls ill on the 23rd: the appointment is planned anew and the plan says so.
        input.inspectors[1].daysOff = [days[0]]
        plan = try VisitPlanner(input).plan(options: Self.options)
        #expect(plan.notices.map(\.visit) == ["fixed"])
        #expect(plan.routes.allSatisfy { !($0.inspector == "B" && $0.date == days[0]) })
        #expect(plan.routes.contains { $0.stops.contains { $0.visit == "fixed" && !$0.confirmed } })
        #expect(try VisitPlanChecker.violations(of: plan, input: input, travel: input.travelSource()) == [])
    }

    @Test func usesTheOperatorsTravelMatrix() throws {
        var input = VisitPlanInput(days: ["2026-11-23"], inspectors: [Self.office("A")], visits: [Self.visit("x"), Self.visit("y")])
        input.travel = .init(mode: "matrix")
        input.travel?.places = ["A", "x", "y"]
        input.travel?.minutes = [[0, 30, 10], [30, 0, 5], [10, 5, 0]]
        let plan = try VisitPlanner(input).plan(options: Self.options)
        #expect(plan.totals.travelMinutes == 45)
        #expect(plan.routes[0].stops.map(\.visit) == ["y", "x"] || plan.routes[0].stops.map(\.visit) == ["x", "y"])
        input.travel?.places = ["A", "x"]
        input.travel?.minutes = [[0, 30], [30, 0]]
        #expect(throws: VisitPlanError.invalid("Die Fahrzeitmatrix enthält den Ort „y“ nicht.")) { try VisitPlanner(input) }
    }

    @Test(arguments: [
        ("{", "kein gültiges JSON"),
        (#"{"days": [], "inspectors": [], "visits": []}"#, "1 bis 31 Tage"),
        (#"{"days": ["2026-02-30"], "inspectors": [], "visits": []}"#, "kein gültiges Datum"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "home": {"lat": 52, "lon": 13}, "hours": {"from": "16:00", "to": "08:00"}}], "visits": []}"#, "Arbeitszeit"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "home": {"lat": 95, "lon": 13}, "hours": {"from": "08:00", "to": "16:00"}}], "visits": []}"#, "Koordinaten"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "home": {"lat": 52, "lon": 13}, "hours": {"from": "08:00", "to": "16:00"}}], "visits": [{"id": "v", "location": {"lat": 52, "lon": 13}, "durationMinutes": 0}]}"#, "Dauer"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "home": {"lat": 52, "lon": 13}, "hours": {"from": "08:00", "to": "16:00"}}], "visits": [{"id": "A", "location": {"lat": 52, "lon": 13}, "durationMinutes": 5}]}"#, "doppelt"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "home": {"lat": 52, "lon": 13}, "hours": {"from": "08:00", "to": "16:00"}}], "visits": [{"id": "v", "location": {"lat": 52, "lon": 13}, "durationMinutes": 5, "confirmed": {"inspector": "Z", "date": "2026-11-23", "start": "09:00"}}]}"#, "unbekannten Prüfer"),
        (#"{"days": ["2026-11-23"], "inspectors": [{"id": "A", "name": "A", "hours": {"from": "08:00", "to": "16:00"}}], "visits": []}"#, "„home“ fehlt"),
    ])
    func refusesBadInputInGerman(json: String, message: String) {
        do {
            _ = try VisitPlanner(try VisitPlanInput.decode(Data(json.utf8)))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }
}
