// Solomon's VRPTW text format (name, VEHICLE NUMBER/CAPACITY, then one line per customer with
// number, x, y, demand, ready time, due date, service time; customer 0 is the depot). Distances and
// travel times follow the DIMACS convention of the best-known solutions: each Euclidean distance
// truncated to one decimal. Internally everything is in tenths, so the arithmetic stays exact.
import Foundation

public struct SolomonInstance: Sendable {
    public var name: String
    public var vehicles: Int
    public var capacity: Int
    /// Depot first: number, x, y, demand, ready, due, service (as in the file).
    public var customers: [Customer]

    public struct Customer: Sendable {
        public var number: Int
        public var x: Double, y: Double
        public var demand: Int
        public var ready: Double, due: Double, service: Double
    }

    /// Tenths per unit of the file.
    public static let scale = 10

    public static func looksLikeSolomon(_ text: String) -> Bool {
        text.contains("VEHICLE") && text.contains("CUSTOMER") && text.contains("CAPACITY")
    }

    public static func parse(_ text: String) throws(VisitPlanError) -> SolomonInstance {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let name = lines.first(where: { !$0.isEmpty }) else { throw .invalid("Die Solomon-Datei ist leer.") }
        guard let vehicleHeader = lines.firstIndex(where: { $0.hasPrefix("NUMBER") }), vehicleHeader + 1 < lines.count else {
            throw .invalid("Solomon-Datei ohne Abschnitt VEHICLE (NUMBER CAPACITY).")
        }
        let fleet = lines[vehicleHeader + 1].split(separator: " ").compactMap { Int($0) }
        guard fleet.count == 2, (1...10_000).contains(fleet[0]), fleet[1] > 0 else { throw .invalid("Zeile \(vehicleHeader + 2): Fahrzeuganzahl und Kapazität erwartet.") }
        guard let customerHeader = lines.lastIndex(where: { $0.hasPrefix("CUST") }) else {
            throw .invalid("Solomon-Datei ohne Abschnitt CUSTOMER.")
        }
        var customers: [Customer] = []
        for (offset, line) in lines[(customerHeader + 1)...].enumerated() where !line.isEmpty {
            let fields = line.split(separator: " ").compactMap { Double($0) }
            guard fields.count == 7, fields.allSatisfy({ $0.isFinite && abs($0) < 10_000_000 }) else {
                throw .invalid("Zeile \(customerHeader + offset + 2): sieben Zahlen erwartet (Nr., X, Y, Bedarf, Beginn, Ende, Dauer).")
            }
            guard fields[3] >= 0, fields[6] >= 0, fields[4] <= fields[5] else {
                throw .invalid("Zeile \(customerHeader + offset + 2): negatives Bedarf/Dauer oder Zeitfenster mit Ende vor Beginn.")
            }
            customers.append(Customer(number: Int(fields[0]), x: fields[1], y: fields[2], demand: Int(fields[3]), ready: fields[4], due: fields[5], service: fields[6]))
        }
        guard customers.count >= 2 else { throw .invalid("Die Solomon-Datei enthält keine Kunden.") }
        guard customers.count <= VisitPlanInput.maxVisits + 1 else { throw .invalid("Höchstens \(VisitPlanInput.maxVisits) Kunden je Instanz.") }
        return SolomonInstance(name: name, vehicles: fleet[0], capacity: fleet[1], customers: customers)
    }

    /// The truncated distance in tenths.
    public static func tenths(_ a: Customer, _ b: Customer) -> Int {
        let d = ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
        return Int((d * 10 + 1e-9).rounded(.down))
    }

    /// Location i is customer i (0 the depot); visit i is customer i + 1.
    public func problem() -> RoutingProblem {
        let n = customers.count
        var times = [Int](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n where i != j { times[i * n + j] = Self.tenths(customers[i], customers[j]) } }
        let matrix = TravelMatrix(size: n, times: times)
        let scale = Double(Self.scale)
        let depot = customers[0]
        let shift = TimeWindow(start: Int((depot.ready * scale).rounded()), end: Int((depot.due * scale).rounded()))
        let vehicle = RoutingProblem.Vehicle(startLocation: 0, endLocation: 0, shift: shift, capacity: capacity)
        let visits = customers.indices.dropFirst().map { i in
            let c = customers[i]
            return RoutingProblem.Visit(
                location: i, service: Int((c.service * scale).rounded()),
                windows: [TimeWindow(start: Int((c.ready * scale).rounded()), end: Int((c.due * scale).rounded()))], demand: c.demand
            )
        }
        return RoutingProblem(visits: visits, vehicles: Array(repeating: vehicle, count: vehicles), matrix: matrix)
    }
}
