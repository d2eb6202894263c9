// The optimiser's view of a scheduling problem: visits with service times, windows, demand and
// skills; vehicles (an inspector on one day, or a Solomon truck) with start and end place, shift,
// capacity and skills; one travel matrix. Times are absolute in one unit (seconds for our plans,
// tenths for Solomon instances), so several days are simply several vehicles with later shifts.
public struct RoutingProblem: Sendable {
    public struct Visit: Sendable {
        public var location: Int
        public var service: Int
        /// Sorted by start, not overlapping.
        public var windows: [TimeWindow]
        public var demand: Int
        public var skills: UInt64
        /// Cost of leaving the visit out; far above any route cost.
        public var penalty: Int
        /// A confirmed appointment: only this vehicle, and the optimiser never moves it.
        public var fixedVehicle: Int?

        public init(location: Int, service: Int, windows: [TimeWindow], demand: Int = 0, skills: UInt64 = 0, penalty: Int = 1_000_000_000, fixedVehicle: Int? = nil) {
            self.location = location
            self.service = service
            self.windows = Self.merged(windows)
            self.demand = demand
            self.skills = skills
            self.penalty = penalty
            self.fixedVehicle = fixedVehicle
        }

        /// Sorted, with overlapping or touching windows joined (the insertion tests rely on it).
        static func merged(_ windows: [TimeWindow]) -> [TimeWindow] {
            var result: [TimeWindow] = []
            for window in windows.sorted(by: { $0.start < $1.start }) where window.start <= window.end {
                if let last = result.last, window.start <= last.end + 1 {
                    result[result.count - 1].end = max(last.end, window.end)
                } else {
                    result.append(window)
                }
            }
            return result
        }
    }

    public struct Vehicle: Sendable, Hashable {
        public var startLocation: Int
        public var endLocation: Int
        public var shift: TimeWindow
        public var capacity: Int
        public var skills: UInt64

        public init(startLocation: Int, endLocation: Int, shift: TimeWindow, capacity: Int = .max, skills: UInt64 = 0) {
            self.startLocation = startLocation
            self.endLocation = endLocation
            self.shift = shift
            self.capacity = capacity
            self.skills = skills
        }
    }

    public var visits: [Visit]
    public var vehicles: [Vehicle]
    public var matrix: TravelMatrix

    public init(visits: [Visit], vehicles: [Vehicle], matrix: TravelMatrix) {
        self.visits = visits
        self.vehicles = vehicles
        self.matrix = matrix
    }

    /// Whether a vehicle could serve the visit alone: skills, and a window reachable within the shift.
    public func canServe(vehicle k: Int, visit v: Int) -> Bool {
        let visit = visits[v], vehicle = vehicles[k]
        if let fixed = visit.fixedVehicle, fixed != k { return false }
        guard visit.skills & ~vehicle.skills == 0, visit.demand <= vehicle.capacity else { return false }
        let arrival = vehicle.shift.start + matrix.time(vehicle.startLocation, visit.location)
        guard let start = visit.windows.earliestStart(arrivingAt: arrival) else { return false }
        return start + visit.service + matrix.time(visit.location, vehicle.endLocation) <= vehicle.shift.end
    }

    /// The schedule of one route (visit indices in order) from scratch: service starts, or nil where
    /// it breaks a window, the shift, or the capacity. Independent of the optimiser's bookkeeping.
    public func schedule(vehicle k: Int, route: [Int]) -> RouteTiming? {
        let vehicle = vehicles[k]
        var time = vehicle.shift.start, place = vehicle.startLocation, load = 0
        var starts: [Int] = [], arrivals: [Int] = []
        for v in route {
            let visit = visits[v]
            guard visit.skills & ~vehicle.skills == 0 else { return nil }
            if let fixed = visit.fixedVehicle, fixed != k { return nil }
            load += visit.demand
            let arrival = time + matrix.time(place, visit.location)
            guard let start = visit.windows.earliestStart(arrivingAt: arrival) else { return nil }
            arrivals.append(arrival)
            starts.append(start)
            time = start + visit.service
            place = visit.location
        }
        let back = time + matrix.time(place, vehicle.endLocation)
        guard load <= vehicle.capacity, back <= vehicle.shift.end else { return nil }
        return RouteTiming(arrivals: arrivals, starts: starts, returnTime: back)
    }

    /// Cost and distance of a route, depot to depot.
    public func cost(vehicle k: Int, route: [Int]) -> (cost: Int, distance: Int, time: Int) {
        guard !route.isEmpty else { return (0, 0, 0) }
        var place = vehicles[k].startLocation, cost = 0, distance = 0, time = 0
        for location in route.map({ visits[$0].location }) + [vehicles[k].endLocation] {
            cost += matrix.cost(place, location)
            distance += matrix.distance(place, location)
            time += matrix.time(place, location)
            place = location
        }
        return (cost, distance, time)
    }
}

/// Arrival and service start at each visit of a route, and the return to the end place.
public struct RouteTiming: Sendable, Equatable {
    public var arrivals: [Int]
    public var starts: [Int]
    public var returnTime: Int
}
