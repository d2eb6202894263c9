// Generates a realistic week of inspection requests for demos and benchmarks: sites scattered over
// a city around a centre, offices in a few districts, two-hour windows offered on two or three days,
// durations by inspection kind, some visits needing fire-protection skills, a few confirmed
// appointments. Deterministic for a seed.
import Foundation
import ZuegigDomain

public enum VisitWeekGenerator {
    static let kinds: [(title: String, minutes: ClosedRange<Int>, skill: String?)] = [
        ("Rohbauabnahme", 45...75, nil), ("Schlussabnahme", 45...90, nil), ("Baukontrolle", 20...40, nil),
        ("Brandschutzabnahme", 60...90, "brandschutz"), ("Abnahme Entwässerung", 30...45, nil), ("Gerüstkontrolle", 15...30, nil),
    ]
    static let streets = ["Lindenweg", "Hauptstraße", "Am Markt", "Gartenstraße", "Schulstraße", "Bahnhofstraße", "Birkenallee", "Mühlenweg", "Kirchplatz", "Feldstraße", "Ahornring", "Rosenstraße"]
    static let names = ["Anna Becker", "Jonas Wolf", "Leyla Demir", "Peter Krause", "Mara Schulz", "Tobias Lang", "Ines Vogt", "Kemal Aydın", "Sofia Richter", "Lukas Braun"]

    /// `visits` requests for `inspectors` inspectors over the working days starting at `firstDay`.
    public static func week(visits: Int, inspectors: Int, days: Int = 5, firstDay: String, centre: VisitPlanInput.Position = .init(lat: 52.52, lon: 13.40), radiusKm: Double = 12, seed: UInt64) -> VisitPlanInput {
        var random = SplitMix64(seed: seed)
        var dates: [String] = []
        var day = Day(iso: firstDay) ?? Day(2026, 1, 5)!
        while dates.count < days {
            if !day.isWeekend { dates.append(day.description) }
            day = day.adding(days: 1)
        }
        func place(within km: Double) -> VisitPlanInput.Position {
            let r = km * random.unit().squareRoot(), angle = random.unit() * 2 * Double.pi
            return .init(lat: centre.lat + r * cos(angle) / 111.0, lon: centre.lon + r * sin(angle) / (111.0 * cos(centre.lat * Double.pi / 180)))
        }
        let offices = (0..<max(1, inspectors / 3 + 1)).map { _ in place(within: radiusKm * 0.4) }
        let staff = (0..<inspectors).map { i in
            VisitPlanInput.Inspector(
                id: "P\(i + 1)", name: names[i % names.count] + (i >= names.count ? " \(i / names.count + 1)" : ""),
                home: offices[i % offices.count], hours: .init(from: "07:30", to: "16:00"),
                weekdayHours: ["fr": .init(from: "07:30", to: "13:30")],
                skills: i % 3 == 0 ? ["brandschutz"] : [], daysOff: i == inspectors - 1 && days > 2 ? [dates[2]] : []
            )
        }
        let slots = ["08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00"]
        var requests: [VisitPlanInput.Visit] = []
        for v in 0..<visits {
            let kind = kinds[random.below(kinds.count)]
            let duration = kind.minutes.lowerBound + random.below(kind.minutes.count)
            var windows: [VisitPlanInput.Window] = []
            for d in Array(dates.indices).shuffled(using: &random).prefix(2 + random.below(2)).sorted() {
                let from = slots[random.below(slots.count)]
                let hour = Int(from.prefix(2))!
                windows.append(.init(date: dates[d], from: from, to: String(format: "%02d:00", hour + 2)))
            }
            let position = place(within: radiusKm)
            requests.append(.init(
                id: "B\(v + 1)", title: kind.title, caseId: nil,
                address: "\(streets[random.below(streets.count)]) \(1 + random.below(120))",
                location: position, durationMinutes: duration, windows: windows,
                skills: kind.skill.map { [$0] }, priority: random.unit() < 0.1 ? 2 : 1, latestDate: nil, confirmed: nil
            ))
        }
        return VisitPlanInput(days: dates, inspectors: staff, visits: requests, travel: .init(mode: "straightLine", detourFactor: 1.35, speedKmh: 28))
    }
}
