// Travel times and costs between the locations of a routing problem, as dense row-major matrices of
// integers (the problem's time unit; cost is what the optimiser minimises).
public struct TravelMatrix: Sendable {
    public let size: Int
    public private(set) var times: [Int]
    public private(set) var costs: [Int]
    /// Distances for reporting (metres, or the instance's unit); equal to costs when not given.
    public private(set) var distances: [Int]

    public init(size: Int, times: [Int], costs: [Int]? = nil, distances: [Int]? = nil) {
        precondition(times.count == size * size, "travel matrix needs size² entries")
        self.size = size
        self.times = times
        self.costs = costs ?? times
        self.distances = distances ?? costs ?? times
    }

    @inlinable public func time(_ from: Int, _ to: Int) -> Int { times[from * size + to] }
    @inlinable public func cost(_ from: Int, _ to: Int) -> Int { costs[from * size + to] }
    @inlinable public func distance(_ from: Int, _ to: Int) -> Int { distances[from * size + to] }
}
