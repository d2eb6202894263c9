// The proposed schedule: per inspector and day the ordered stops with arrival, start and end, the
// travel per route and in total, and every visit left out with its reason.
public struct VisitPlanOutput: Codable, Sendable, Equatable {
    public struct Stop: Codable, Sendable, Equatable {
        public var visit: String
        public var title: String?
        public var address: String?
        /// "HH:MM:SS" on the route's date.
        public var arrival: String
        public var start: String
        public var end: String
        public var travelMinutes: Double
        public var confirmed: Bool
    }

    public struct Route: Codable, Sendable, Equatable {
        public var inspector: String
        public var inspectorName: String
        public var date: String
        public var departure: String
        public var returnTime: String
        public var stops: [Stop]
        public var travelMinutes: Double
        public var distanceKm: Double
    }

    public struct Unassigned: Codable, Sendable, Equatable {
        public var visit: String
        /// skill, window, hours, capacity, invalid.
        public var reason: String
        public var message: String
    }

    public struct Notice: Codable, Sendable, Equatable {
        public var visit: String
        public var message: String
    }

    public struct Totals: Codable, Sendable, Equatable {
        public var visits: Int
        public var assigned: Int
        public var travelMinutes: Double
        public var distanceKm: Double
    }

    public struct Search: Codable, Sendable, Equatable {
        public var seed: UInt64
        public var iterations: Int
        public var seconds: Double
    }

    public var routes: [Route]
    public var unassigned: [Unassigned]
    /// Confirmed appointments that could not be kept (the inspector is absent) and were planned anew.
    public var notices: [Notice]
    public var totals: Totals
    public var search: Search
}
