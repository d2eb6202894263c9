// The optimiser: ruin and recreate with simulated annealing, after the "slack induction by string
// removals" idea (Christiaens & Vanden Berghe, 2020). Each iteration removes a few strings of
// consecutive visits from routes near a random visit, reinserts every loose visit at its cheapest
// feasible place (skipping a place now and then), and accepts the result by the annealing rule.
// Routes stay feasible throughout; a visit that fits nowhere stays out and costs its penalty.
// For a seed and an iteration count, the result is the same on every run.
import Foundation

public struct RouteSearch {
    public struct Options: Sendable {
        public var seed: UInt64 = 1
        /// Stops after this many seconds (checked every few iterations).
        public var timeLimit: Double = 10
        /// When set, the cooling follows iterations instead of the clock, so the run is repeatable.
        public var iterations: Int?
        /// Average number of visits removed per iteration, and the longest string.
        public var averageRemoved = 10
        public var maxStringLength = 10
        public var blinkRate = 0.01

        public init(seed: UInt64 = 1, timeLimit: Double = 10, iterations: Int? = nil) {
            self.seed = seed
            self.timeLimit = timeLimit
            self.iterations = iterations
        }
    }

    public struct Result: Sendable {
        /// Visit indices per vehicle, in order.
        public var routes: [[Int]]
        public var unassigned: [Int]
        /// Route costs plus penalties of the visits left out.
        public var objective: Int
        public var routeCost: Int
        public var iterations: Int
        public var seconds: Double
    }

    let problem: RoutingProblem
    let options: Options
    private var random: SplitMix64
    private var routes: [WorkingRoute]
    private var routeOf: [Int]
    private var unassigned: [Int] = []
    private let neighbours: [[Int]]
    private let compatible: [[Int]]
    private let vehicleClass: [Int]
    private let penaltyOf: [Int]
    // Undo log of one iteration.
    private var saved: [(index: Int, route: WorkingRoute)] = []
    private var savedStamp: [Int]
    private var stamp = 0

    public init(problem: RoutingProblem, options: Options = Options()) {
        self.problem = problem
        self.options = options
        random = SplitMix64(seed: options.seed)
        routes = problem.vehicles.indices.map { WorkingRoute(vehicle: $0, problem: problem) }
        routeOf = [Int](repeating: -1, count: problem.visits.count)
        savedStamp = [Int](repeating: -1, count: problem.vehicles.count)
        penaltyOf = problem.visits.map(\.penalty)
        // Vehicles that are identical behave the same while empty: only one of them is tried.
        var classes: [RoutingProblem.Vehicle: Int] = [:]
        vehicleClass = problem.vehicles.map { vehicle in
            if let known = classes[vehicle] { return known }
            classes[vehicle] = classes.count
            return classes.count - 1
        }
        compatible = problem.visits.indices.map { v in problem.vehicles.indices.filter { problem.canServe(vehicle: $0, visit: v) } }
        let matrix = problem.matrix
        neighbours = problem.visits.indices.map { v in
            let here = problem.visits[v].location
            return problem.visits.indices.sorted {
                let a = matrix.cost(here, problem.visits[$0].location) + matrix.cost(problem.visits[$0].location, here)
                let b = matrix.cost(here, problem.visits[$1].location) + matrix.cost(problem.visits[$1].location, here)
                return a != b ? a < b : $0 < $1
            }
        }
    }

    /// Builds a first solution and improves it until the time or iteration limit.
    public mutating func run() -> Result {
        let clock = ContinuousClock(), began = clock.now
        constructInitial()
        var current = objective()
        var best = current
        var bestRoutes = routes.map(\.visits)
        var bestUnassigned = unassigned
        let assigned = problem.visits.count - unassigned.count
        let usedRoutes = routes.filter { !$0.isEmpty }.count
        let averageArc = max(1.0, Double(routeCost()) / Double(max(1, assigned + usedRoutes)))
        let startTemperature = 10 * averageArc, endTemperature = 0.1 * averageArc
        var iteration = 0
        var progress = 0.0
        let movable = problem.visits.indices.filter { problem.visits[$0].fixedVehicle == nil && !compatible[$0].isEmpty }
        while !movable.isEmpty {
            if let limit = options.iterations {
                if iteration >= limit { break }
                progress = Double(iteration) / Double(limit)
            }
            if iteration % 32 == 0 {
                let elapsed = Self.seconds(clock.now - began)
                if elapsed >= options.timeLimit { break }
                if options.iterations == nil { progress = elapsed / options.timeLimit }
            }
            iteration += 1
            let temperature = startTemperature * pow(endTemperature / startTemperature, progress)
            stamp += 1
            saved.removeAll(keepingCapacity: true)
            let unassignedBefore = unassigned
            let removed = ruin(seed: movable[random.below(movable.count)])
            recreate(removed + unassignedBefore)
            let candidate = objective()
            if Double(candidate) < Double(current) - temperature * log(max(random.unit(), 1e-12)) {
                current = candidate
                if candidate < best {
                    best = candidate
                    bestRoutes = routes.map(\.visits)
                    bestUnassigned = unassigned
                }
            } else {
                undo(unassignedBefore)
            }
        }
        let cost = zip(problem.vehicles.indices, bestRoutes).reduce(0) { $0 + problem.cost(vehicle: $1.0, route: $1.1).cost }
        return Result(routes: bestRoutes, unassigned: bestUnassigned.sorted(), objective: best, routeCost: cost, iterations: iteration, seconds: Self.seconds(clock.now - began))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func routeCost() -> Int { routes.reduce(0) { $0 + $1.cost } }

    private func objective() -> Int { routeCost() + unassigned.reduce(0) { $0 + penaltyOf[$1] } }

    /// Confirmed appointments first (in time order), then the rest, tightest windows first.
    private mutating func constructInitial() {
        let fixed = problem.visits.indices.filter { problem.visits[$0].fixedVehicle != nil }
            .sorted { (problem.visits[$0].windows.first?.start ?? 0) < (problem.visits[$1].windows.first?.start ?? 0) }
        let free = problem.visits.indices.filter { problem.visits[$0].fixedVehicle == nil }
            .sorted { (problem.visits[$0].windows.last?.end ?? 0, $0) < (problem.visits[$1].windows.last?.end ?? 0, $1) }
        for v in fixed + free { insertBest(v, blink: 0) }
    }

    private mutating func touch(_ r: Int) {
        guard savedStamp[r] != stamp else { return }
        savedStamp[r] = stamp
        saved.append((r, routes[r]))
    }

    private mutating func undo(_ unassignedBefore: [Int]) {
        for v in unassigned { routeOf[v] = -1 }
        for (index, route) in saved {
            routes[index] = route
            for v in route.visits { routeOf[v] = index }
        }
        unassigned = unassignedBefore
        for v in unassigned { routeOf[v] = -1 }
    }

    /// Removes strings of consecutive visits from up to a few routes near `seed`.
    private mutating func ruin(seed: Int) -> [Int] {
        let used = routes.filter { !$0.isEmpty }
        guard !used.isEmpty else { return [] }
        let averageLength = Double(used.reduce(0) { $0 + $1.visits.count }) / Double(used.count)
        let maxString = min(Double(options.maxStringLength), averageLength)
        let maxStrings = 4 * Double(options.averageRemoved) / (1 + maxString) - 1
        let strings = Int(random.unit() * maxStrings) + 1
        var removed: [Int] = []
        var ruined: [Int] = []
        for c in neighbours[seed] {
            if ruined.count >= strings { break }
            let r = routeOf[c]
            guard r >= 0, !ruined.contains(r) else { continue }
            let visits = routes[r].visits
            guard let position = visits.firstIndex(of: c) else { continue }
            let limit = min(Double(visits.count), maxString)
            let length = min(visits.count, Int(random.unit() * limit) + 1)
            var cut: [Int]
            if length < visits.count, length > 1, random.unit() < 0.5 {
                // A split string: a longer stretch with a few visits in its middle kept.
                var kept = 1
                while length + kept < visits.count, random.unit() < 0.5 { kept += 1 }
                let span = length + kept
                let first = Self.stringStart(containing: position, length: span, in: visits.count, random: &random)
                let keepAt = first + random.below(length)
                cut = Array(visits[first..<(first + span)])
                cut.removeSubrange((keepAt - first)..<min(span, keepAt - first + kept))
            } else {
                let first = Self.stringStart(containing: position, length: length, in: visits.count, random: &random)
                cut = Array(visits[first..<(first + length)])
            }
            cut.removeAll { problem.visits[$0].fixedVehicle != nil }
            ruined.append(r)
            guard !cut.isEmpty else { continue }
            touch(r)
            let set = Set(cut)
            routes[r].remove(where: { set.contains($0) }, problem: problem)
            for v in cut { routeOf[v] = -1 }
            removed += cut
        }
        return removed
    }

    private static func stringStart(containing position: Int, length: Int, in count: Int, random: inout SplitMix64) -> Int {
        let lowest = max(0, position - length + 1), highest = min(position, count - length)
        return lowest + random.below(highest - lowest + 1)
    }

    /// Reinserts loose visits in one of several orders, each at its cheapest feasible place.
    private mutating func recreate(_ loose: [Int]) {
        unassigned.removeAll(keepingCapacity: true)
        var order = loose
        let pick = random.below(13)
        let problem = self.problem
        let depot = problem.vehicles.first?.startLocation ?? 0
        let distance = { (v: Int) in problem.matrix.cost(depot, problem.visits[v].location) }
        switch pick {
        case 0..<4: order.shuffle(using: &random)
        case 4..<8: order.shuffle(using: &random); order.sort { problem.visits[$0].demand > problem.visits[$1].demand }
        case 8..<10: order.sort { distance($0) > distance($1) }
        case 10: order.sort { distance($0) < distance($1) }
        default: order.sort { (problem.visits[$0].windows.last?.end ?? 0) < (problem.visits[$1].windows.last?.end ?? 0) }
        }
        for v in order { insertBest(v, blink: options.blinkRate) }
    }

    /// Inserts a visit at its cheapest feasible place, or leaves it out.
    private mutating func insertBest(_ v: Int, blink: Double) {
        var best = Int.max, bestRoute = -1, bestPosition = 0
        var triedEmptyClasses: UInt64 = 0
        for r in compatible[v] {
            let route = routes[r]
            if route.isEmpty {
                let cls = vehicleClass[r]
                if cls < 64 {
                    if triedEmptyClasses & (1 << UInt64(cls)) != 0 { continue }
                    triedEmptyClasses |= 1 << UInt64(cls)
                }
            }
            let capacity = problem.vehicles[r].capacity
            for position in 0...route.visits.count {
                if blink > 0, random.unit() < blink { continue }
                if let delta = route.insertionCost(of: v, after: position, problem: problem, capacity: capacity, beating: best) {
                    best = delta
                    bestRoute = r
                    bestPosition = position
                }
            }
        }
        guard bestRoute >= 0 else {
            unassigned.append(v)
            routeOf[v] = -1
            return
        }
        touch(bestRoute)
        routes[bestRoute].insert(v, after: bestPosition, problem: problem)
        routeOf[v] = bestRoute
    }
}
