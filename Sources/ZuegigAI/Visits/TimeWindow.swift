// A closed interval of allowed service start times, in the problem's time unit.
public struct TimeWindow: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

extension Array where Element == TimeWindow {
    /// The earliest start at or after `arrival` inside one of the windows (sorted by start), or nil.
    @inlinable func earliestStart(arrivingAt arrival: Int) -> Int? {
        for window in self where window.end >= arrival {
            return Swift.max(window.start, arrival)
        }
        return nil
    }

    /// The latest start at or before `bound` inside one of the windows (sorted by start), or nil.
    @inlinable func latestStart(notAfter bound: Int) -> Int? {
        var index = count - 1
        while index >= 0 {
            if self[index].start <= bound { return Swift.min(self[index].end, bound) }
            index -= 1
        }
        return nil
    }
}
