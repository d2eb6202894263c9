// A map over an array on all cores, in chunks, keeping the order (for per-statement work that
// needs no shared state: shingles, signatures, personal data, terms).
import Dispatch
import Foundation

public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int = 256, _ transform: @Sendable (T) -> R) -> [R] {
        withoutActuallyEscaping(transform) { transform in map(items, chunk: chunk, perChunk: { transform }) }
    }

    /// Like `map`, but `makeTransform` runs once per chunk, on the thread that works the chunk: for
    /// work that needs its own state per thread (Foundation's regular expressions serialise threads
    /// that share one instance).
    public static func map<T: Sendable, R: Sendable>(_ items: [T], chunk: Int = 256, perChunk makeTransform: @Sendable () -> (T) -> R) -> [R] {
        guard items.count > chunk else { return items.map(makeTransform()) }
        let chunks = (items.count + chunk - 1) / chunk
        let results = ChunkResults<R>(count: chunks)
        withoutActuallyEscaping(makeTransform) { makeTransform in
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let range = (c * chunk)..<min(items.count, (c + 1) * chunk)
                results.set(c, items[range].map(makeTransform()))
            }
        }
        return results.values.flatMap { $0 }
    }

    /// Per-chunk result slots in raw memory; each chunk writes only its own slot, so no two threads touch one.
    final class ChunkResults<R>: @unchecked Sendable {
        let slots: UnsafeMutablePointer<[R]>
        let count: Int
        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [], count: count)
        }
        func set(_ index: Int, _ value: [R]) { slots[index] = value }
        var values: [[R]] { Array(UnsafeBufferPointer(start: slots, count: count)) }
        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }
    }
}
