// The optimiser against exhaustive search on small instances, on Solomon instances checked by an
// independent feasibility check from the raw coordinates, and its repeatability for a seed.
import Foundation
import Testing
@testable import ZuegigAI

struct RouteSearchTests {
    static let solomonFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Solomon")

    /// A small random instance: 7 visits, 2 vehicles, one or two windows each, capacity binding.
    static func smallInstance(seed: UInt64) -> RoutingProblem {
        var random = SplitMix64(seed: seed)
        let n = 7
        let points = (0...n).map { _ in (Double(random.below(100)), Double(random.below(100))) }
        var times = [Int](repeating: 0, count: (n + 1) * (n + 1))
        for i in 0...n { for j in 0...n { times[i * (n + 1) + j] = Int(hypot(points[i].0 - points[j].0, points[i].1 - points[j].1)) } }
        let visits = (1...n).map { i -> RoutingProblem.Visit in
            var windows = [TimeWindow(start: random.below(200), end: 0)]
            windows[0].end = windows[0].start + 30 + random.below(120)
            if random.below(2) == 0 { windows.append(TimeWindow(start: windows[0].end + 40, end: windows[0].end + 100)) }
            return .init(location: i, service: 10, windows: windows, demand: 1 + random.below(4), penalty: 1_000)
        }
        let vehicle = RoutingProblem.Vehicle(startLocation: 0, endLocation: 0, shift: TimeWindow(start: 0, end: 420), capacity: 10)
        return RoutingProblem(visits: visits, vehicles: [vehicle, vehicle], matrix: TravelMatrix(size: n + 1, times: times))
    }

    /// The best objective over every assignment to the two vehicles (or none) and every order.
    static func exhaustiveOptimum(_ problem: RoutingProblem) -> Int {
        let n = problem.visits.count
        var best = Int.max
        func permutations(_ items: [Int]) -> [[Int]] {
            guard items.count > 1 else { return [items] }
            return items.indices.flatMap { i -> [[Int]] in
                var rest = items
                let head = rest.remove(at: i)
                return permutations(rest).map { [head] + $0 }
            }
        }
        var assignment = [Int](repeating: 0, count: n)
        for code in 0..<Int(pow(3.0, Double(n))) {
            var c = code
            for i in 0..<n { assignment[i] = c % 3; c /= 3 }
            let left = (0..<n).filter { assignment[$0] == 2 }.reduce(0) { $0 + problem.visits[$1].penalty }
            var routeBest = [Int](repeating: Int.max, count: 2)
            for k in 0..<2 {
                let members = (0..<n).filter { assignment[$0] == k }
                for order in permutations(members) where problem.schedule(vehicle: k, route: order) != nil {
                    routeBest[k] = min(routeBest[k], problem.cost(vehicle: k, route: order).cost)
                }
            }
            if routeBest.allSatisfy({ $0 != Int.max }) { best = min(best, left + routeBest[0] + routeBest[1]) }
        }
        return best
    }

    @Test(arguments: 1...12)
    func findsTheExhaustiveOptimumOnSmallInstances(seed: Int) {
        let problem = Self.smallInstance(seed: UInt64(seed))
        let optimum = Self.exhaustiveOptimum(problem)
        var search = RouteSearch(problem: problem, options: .init(seed: 7, timeLimit: 60, iterations: 4_000))
        let result = search.run()
        #expect(result.objective == optimum)
        for (k, route) in result.routes.enumerated() { #expect(problem.schedule(vehicle: k, route: route) != nil) }
        #expect(Set(result.routes.joined()).count + result.unassigned.count == problem.visits.count)
    }

    /// Feasibility from the raw file: each customer once, capacity, windows, depot closing time,
    /// with distances recomputed and truncated independently of the solver's matrix.
    static func solomonViolations(_ solution: SolomonSolution, _ instance: SolomonInstance) -> [String] {
        var problems: [String] = []
        let byNumber = Dictionary(uniqueKeysWithValues: instance.customers.map { ($0.number, $0) })
        var served = Set<Int>()
        var total = 0.0
        for route in solution.routes {
            var time = 0.0, load = 0, here = instance.customers[0], length = 0.0
            for number in route.customers {
                guard let customer = byNumber[number], number != here.number || route.customers.first != number else { problems.append("unknown \(number)"); continue }
                if !served.insert(number).inserted { problems.append("\(number) twice") }
                let leg = (hypot(here.x - customer.x, here.y - customer.y) * 10).rounded(.down) / 10
                length += leg
                time = max(time + leg, customer.ready)
                if time > customer.due + 1e-9 { problems.append("\(number) late: \(time) > \(customer.due)") }
                time += customer.service
                load += customer.demand
                here = customer
            }
            let depot = instance.customers[0]
            let leg = (hypot(here.x - depot.x, here.y - depot.y) * 10).rounded(.down) / 10
            length += leg
            if time + leg > depot.due + 1e-9 { problems.append("route returns after the depot closes") }
            if load > instance.capacity { problems.append("load \(load) over \(instance.capacity)") }
            total += length
        }
        if served.count != instance.customers.count - 1 { problems.append("served \(served.count) of \(instance.customers.count - 1)") }
        if solution.routes.count > instance.vehicles { problems.append("\(solution.routes.count) routes for \(instance.vehicles) vehicles") }
        if abs(total - solution.distance) > 0.05 { problems.append("distance \(solution.distance) but recomputed \(total)") }
        return problems
    }

    @Test(arguments: [("C101", 827.3), ("R101", 1637.7), ("RC201", 1261.8)])
    func solvesSolomonInstancesFeasiblyAndClose(name: String, bestKnown: Double) throws {
        let text = try String(contentsOf: Self.solomonFolder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let instance = try SolomonInstance.parse(text)
        let problem = instance.problem()
        var search = RouteSearch(problem: problem, options: .init(seed: 3, timeLimit: 120, iterations: 20_000))
        let solution = SolomonSolution(instance: instance, problem: problem, result: search.run(), seed: 3)
        #expect(solution.feasible)
        #expect(Self.solomonViolations(solution, instance) == [])
        #expect(solution.distance >= bestKnown - 0.05, "better than the best known solution: the distance convention is off")
        #expect(solution.distance <= bestKnown * 1.05)
    }

    @Test func theSameSeedAndIterationsGiveTheSamePlan() throws {
        let problem = try SolomonInstance.parse(String(contentsOf: Self.solomonFolder.appendingPathComponent("RC201.txt"), encoding: .utf8)).problem()
        var first = RouteSearch(problem: problem, options: .init(seed: 11, timeLimit: 120, iterations: 3_000))
        var second = RouteSearch(problem: problem, options: .init(seed: 11, timeLimit: 120, iterations: 3_000))
        var other = RouteSearch(problem: problem, options: .init(seed: 12, timeLimit: 120, iterations: 3_000))
        let a = first.run(), b = second.run(), c = other.run()
        #expect(a.routes == b.routes)
        #expect(a.objective == b.objective)
        #expect(a.routes != c.routes)
    }

    @Test(arguments: [
        ("", "leer"),
        ("C1\nVEHICLE\nNUMBER CAPACITY\n25 x\n", "Kapazität"),
        ("C1\nVEHICLE\nNUMBER CAPACITY\n25 200\nCUSTOMER\nCUST NO.\n0 40 50 0 0 1236\n", "sieben Zahlen"),
        ("C1\nVEHICLE\nNUMBER CAPACITY\n25 200\nCUSTOMER\nCUST NO.\n0 40 50 0 0 1236 0\n", "keine Kunden"),
        ("C1\nVEHICLE\nNUMBER CAPACITY\n25 200\nCUSTOMER\nCUST NO.\n0 40 50 0 0 1236 0\n1 1 1 5 90 10 10\n", "Ende vor Beginn"),
        ("C1\nVEHICLE\nNUMBER CAPACITY\n25 200\nCUSTOMER\nCUST NO.\n0 40 50 0 0 1236 0\n1 1e300 1 5 0 10 10\n", "sieben Zahlen"),
    ])
    func refusesBrokenSolomonFilesClearly(text: String, message: String) {
        #expect(throws: VisitPlanError.self) { try SolomonInstance.parse(text) }
        do { _ = try SolomonInstance.parse(text) } catch { #expect(error.description.contains(message)) }
    }
}
