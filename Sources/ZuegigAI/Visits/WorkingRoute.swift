// One vehicle's route inside the search, with what makes an insertion test O(1): per position the
// earliest service start (forward) and the latest start that keeps the rest of the route feasible
// (backward). Position 0 is the start place, the last position the end place.
struct WorkingRoute {
    let vehicle: Int
    private(set) var visits: [Int] = []
    private(set) var locations: [Int]
    private(set) var services: [Int]
    private(set) var earliest: [Int]
    private(set) var latest: [Int]
    private(set) var load = 0
    private(set) var cost = 0

    init(vehicle: Int, problem: RoutingProblem) {
        self.vehicle = vehicle
        let v = problem.vehicles[vehicle]
        locations = [v.startLocation, v.endLocation]
        services = [0, 0]
        earliest = [v.shift.start, v.shift.start + problem.matrix.time(v.startLocation, v.endLocation)]
        latest = [v.shift.end - problem.matrix.time(v.startLocation, v.endLocation), v.shift.end]
    }

    var isEmpty: Bool { visits.isEmpty }

    /// The added cost of inserting visit `v` after position `position` (0 = right after the start),
    /// or nil when the windows, the shift or the capacity forbid it.
    @inline(__always)
    func insertionCost(of v: Int, after position: Int, problem: RoutingProblem, capacity: Int, beating best: Int) -> Int? {
        let visit = problem.visits[v]
        guard load + visit.demand <= capacity else { return nil }
        let matrix = problem.matrix
        let from = locations[position], to = locations[position + 1]
        let delta = matrix.cost(from, visit.location) + matrix.cost(visit.location, to) - matrix.cost(from, to)
        guard delta < best else { return nil }
        let arrival = earliest[position] + services[position] + matrix.time(from, visit.location)
        guard let start = visit.windows.earliestStart(arrivingAt: arrival) else { return nil }
        guard start + visit.service + matrix.time(visit.location, to) <= latest[position + 1] else { return nil }
        return delta
    }

    mutating func insert(_ v: Int, after position: Int, problem: RoutingProblem) {
        visits.insert(v, at: position)
        refresh(problem)
    }

    mutating func remove(where shouldRemove: (Int) -> Bool, problem: RoutingProblem) {
        visits.removeAll(where: shouldRemove)
        refresh(problem)
    }

    mutating func replaceVisits(_ newVisits: [Int], problem: RoutingProblem) {
        visits = newVisits
        refresh(problem)
    }

    /// Recomputes the positions' times, the load and the cost after a change.
    private mutating func refresh(_ problem: RoutingProblem) {
        let vehicle = problem.vehicles[self.vehicle], matrix = problem.matrix
        let n = visits.count
        locations.removeAll(keepingCapacity: true)
        services.removeAll(keepingCapacity: true)
        locations.append(vehicle.startLocation)
        services.append(0)
        load = 0
        for v in visits {
            locations.append(problem.visits[v].location)
            services.append(problem.visits[v].service)
            load += problem.visits[v].demand
        }
        locations.append(vehicle.endLocation)
        services.append(0)
        earliest = [Int](repeating: 0, count: n + 2)
        latest = [Int](repeating: 0, count: n + 2)
        earliest[0] = vehicle.shift.start
        cost = 0
        for i in 1..<(n + 2) {
            let arrival = earliest[i - 1] + services[i - 1] + matrix.time(locations[i - 1], locations[i])
            cost += matrix.cost(locations[i - 1], locations[i])
            earliest[i] = i <= n ? (problem.visits[visits[i - 1]].windows.earliestStart(arrivingAt: arrival) ?? Int.max / 4) : arrival
        }
        latest[n + 1] = vehicle.shift.end
        var i = n
        while i >= 1 {
            let bound = latest[i + 1] - matrix.time(locations[i], locations[i + 1]) - services[i]
            latest[i] = problem.visits[visits[i - 1]].windows.latestStart(notAfter: bound) ?? Int.min / 4
            i -= 1
        }
        latest[0] = latest[1] - matrix.time(locations[0], locations[1])
        if n == 0 { cost = 0 }
    }
}
