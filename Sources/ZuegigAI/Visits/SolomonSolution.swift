// A solution of a Solomon instance as the command prints it: routes of customer numbers with arrival
// and service start (instance units), each route's load and distance, and the total distance in the
// DIMACS convention (sum of distances truncated to one decimal).
public struct SolomonSolution: Codable, Sendable {
    public struct Route: Codable, Sendable {
        public var customers: [Int]
        public var arrivals: [Double]
        public var starts: [Double]
        public var load: Int
        public var distance: Double
    }

    public var instance: String
    public var routes: [Route]
    public var vehicles: Int
    public var distance: Double
    public var unassigned: [Int]
    public var feasible: Bool
    public var search: VisitPlanOutput.Search

    public init(instance: SolomonInstance, problem: RoutingProblem, result: RouteSearch.Result, seed: UInt64) {
        let scale = Double(SolomonInstance.scale)
        var routes: [Route] = []
        var feasible = true
        for (k, visits) in result.routes.enumerated() where !visits.isEmpty {
            guard let timing = problem.schedule(vehicle: k, route: visits) else { feasible = false; continue }
            routes.append(Route(
                customers: visits.map { instance.customers[$0 + 1].number },
                arrivals: timing.arrivals.map { Double($0) / scale }, starts: timing.starts.map { Double($0) / scale },
                load: visits.reduce(0) { $0 + problem.visits[$1].demand },
                distance: Double(problem.cost(vehicle: k, route: visits).distance) / scale
            ))
        }
        self.instance = instance.name
        self.routes = routes
        vehicles = routes.count
        distance = Double(result.routeCost) / scale
        unassigned = result.unassigned.map { instance.customers[$0 + 1].number }
        self.feasible = feasible && result.unassigned.isEmpty
        search = .init(seed: seed, iterations: result.iterations, seconds: (result.seconds * 10).rounded() / 10)
    }
}
