// Our JSON format for a week of site visits: the planning days, the inspectors (office, hours,
// skills, days off), the visit requests (place, duration, offered windows, skill, priority, latest
// date, an appointment already confirmed) and where travel times come from. Documented in
// docs/visit-planning.md.
import Foundation

public struct VisitPlanInput: Codable, Sendable {
    public static let maxVisits = 5_000
    public static let maxInspectors = 200

    public struct Position: Codable, Sendable, Hashable {
        public var lat: Double
        public var lon: Double
        public init(lat: Double, lon: Double) { self.lat = lat; self.lon = lon }
    }

    /// Working hours of a day, "07:30" to "16:00".
    public struct Hours: Codable, Sendable, Hashable {
        public var from: String
        public var to: String
        public init(from: String, to: String) { self.from = from; self.to = to }
    }

    public struct Inspector: Codable, Sendable {
        public var id: String
        public var name: String
        public var home: Position
        public var hours: Hours
        /// Other hours on some weekdays ("mo", "di", "mi", "do", "fr", "sa", "so").
        public var weekdayHours: [String: Hours]?
        public var skills: [String]?
        public var daysOff: [String]?

        public init(id: String, name: String, home: Position, hours: Hours, weekdayHours: [String: Hours]? = nil, skills: [String]? = nil, daysOff: [String]? = nil) {
            self.id = id; self.name = name; self.home = home; self.hours = hours
            self.weekdayHours = weekdayHours; self.skills = skills; self.daysOff = daysOff
        }
    }

    /// The visit starts between `from` and `to` on `date`.
    public struct Window: Codable, Sendable, Hashable {
        public var date: String
        public var from: String
        public var to: String
        public init(date: String, from: String, to: String) { self.date = date; self.from = from; self.to = to }
    }

    public struct Confirmed: Codable, Sendable, Hashable {
        public var inspector: String
        public var date: String
        public var start: String
        public init(inspector: String, date: String, start: String) { self.inspector = inspector; self.date = date; self.start = start }
    }

    public struct Visit: Codable, Sendable {
        public var id: String
        public var title: String?
        public var caseId: String?
        public var address: String?
        public var location: Position
        public var durationMinutes: Int
        /// Offered windows; none means any time in the working hours.
        public var windows: [Window]?
        public var skills: [String]?
        /// 1 normal, 2 high, 3 urgent: when not everything fits, higher priorities are kept.
        public var priority: Int?
        public var latestDate: String?
        public var confirmed: Confirmed?

        public init(id: String, title: String? = nil, caseId: String? = nil, address: String? = nil, location: Position, durationMinutes: Int,
                    windows: [Window]? = nil, skills: [String]? = nil, priority: Int? = nil, latestDate: String? = nil, confirmed: Confirmed? = nil) {
            self.id = id; self.title = title; self.caseId = caseId; self.address = address; self.location = location
            self.durationMinutes = durationMinutes; self.windows = windows; self.skills = skills; self.priority = priority
            self.latestDate = latestDate; self.confirmed = confirmed
        }
    }

    public struct Travel: Codable, Sendable {
        /// "straightLine" (default) or "matrix".
        public var mode: String?
        public var detourFactor: Double?
        public var speedKmh: Double?
        /// For "matrix": place ids (inspector ids and visit ids), minutes and optionally kilometres.
        public var places: [String]?
        public var minutes: [[Double]]?
        public var kilometres: [[Double]]?

        public init(mode: String? = nil, detourFactor: Double? = nil, speedKmh: Double? = nil) {
            self.mode = mode; self.detourFactor = detourFactor; self.speedKmh = speedKmh
        }
    }

    public var days: [String]
    public var inspectors: [Inspector]
    public var visits: [Visit]
    public var travel: Travel?

    public init(days: [String], inspectors: [Inspector], visits: [Visit], travel: Travel? = nil) {
        self.days = days; self.inspectors = inspectors; self.visits = visits; self.travel = travel
    }

    public static func decode(_ data: Data) throws(VisitPlanError) -> VisitPlanInput {
        do {
            return try JSONDecoder().decode(VisitPlanInput.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid("Pflichtfeld „\(key.stringValue)“ fehlt (\(Self.path(context.codingPath))).")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid("Falscher Typ bei \(Self.path(context.codingPath)).")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalid("Wert fehlt bei \(Self.path(context.codingPath)).")
        } catch {
            throw .invalid("Die Eingabe ist kein gültiges JSON.")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "oberste Ebene" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    /// The travel source the input names.
    public func travelSource() throws(VisitPlanError) -> any TravelTimeSource {
        let travel = self.travel ?? Travel()
        switch travel.mode ?? "straightLine" {
        case "straightLine":
            let detour = travel.detourFactor ?? 1.3, speed = travel.speedKmh ?? 30
            guard (1...3).contains(detour) else { throw .invalid("Der Umwegfaktor muss zwischen 1 und 3 liegen.") }
            guard (1...130).contains(speed) else { throw .invalid("Die Geschwindigkeit muss zwischen 1 und 130 km/h liegen.") }
            return StraightLineTravel(detourFactor: detour, speedKmh: speed)
        case "matrix":
            guard let places = travel.places, let minutes = travel.minutes else {
                throw .invalid("Für die Fahrzeitmatrix werden „places“ und „minutes“ gebraucht.")
            }
            guard minutes.allSatisfy({ $0.allSatisfy { $0.isFinite && $0 >= 0 } }) else { throw .invalid("Die Fahrzeitmatrix enthält negative oder ungültige Werte.") }
            return SuppliedTravelMatrix(
                ids: places, seconds: minutes.map { $0.map { Int(($0 * 60).rounded()) } },
                metres: travel.kilometres.map { $0.map { $0.map { Int(($0 * 1000).rounded()) } } }
            )
        case let other:
            throw .invalid("Unbekannte Fahrzeitquelle „\(other)“ (erlaubt: straightLine, matrix).")
        }
    }
}
