// Patterns of the field extractor that failed to compile, collected instead of crashing.
import Foundation

final class PatternFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var patterns: [String] = []

    func record(_ pattern: String) {
        lock.withLock { patterns.append(pattern) }
    }

    var all: [String] { lock.withLock { patterns } }
}
