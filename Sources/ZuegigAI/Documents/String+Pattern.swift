// Regular-expression helpers for the document reader that compile each pattern once per process.
// `String.range(of:options: .regularExpression)` compiles its pattern on every call, which made
// name and field reading spend most of its time in ICU's pattern compiler.
import Foundation

extension String {
    /// The first range matching `pattern`, or nil (also when the pattern does not compile; that is
    /// recorded in `FieldExtractor.patternErrors`).
    func firstRange(of pattern: String, caseInsensitive: Bool = false) -> Range<String.Index>? {
        guard let expression = CompiledPatterns.shared.expression(pattern, caseInsensitive: caseInsensitive),
              let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return Range(match.range, in: self)
    }

    func contains(pattern: String, caseInsensitive: Bool = false) -> Bool {
        firstRange(of: pattern, caseInsensitive: caseInsensitive) != nil
    }

    /// Every match of `pattern` replaced by `template` (NSRegularExpression template syntax).
    func replacing(pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        guard let expression = CompiledPatterns.shared.expression(pattern, caseInsensitive: caseInsensitive) else { return self }
        return expression.stringByReplacingMatches(in: self, range: NSRange(startIndex..., in: self), withTemplate: template)
    }
}

/// Compiled patterns keyed by pattern text and case option; shared by every thread.
final class CompiledPatterns: @unchecked Sendable {
    static let shared = CompiledPatterns()

    private struct Key: Hashable {
        let pattern: String
        let caseInsensitive: Bool
    }

    private let lock = NSLock()
    private var compiled: [Key: NSRegularExpression?] = [:]

    func expression(_ pattern: String, caseInsensitive: Bool) -> NSRegularExpression? {
        let key = Key(pattern: pattern, caseInsensitive: caseInsensitive)
        if let known = lock.withLock({ compiled[key] }) { return known }
        let expression = FieldExtractor.regex(pattern, caseInsensitive: caseInsensitive)
        lock.withLock { compiled[key] = expression }
        return expression
    }
}
