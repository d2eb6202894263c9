// Personal data the sender gave in the form's own fields (name, address, e-mail): every place the
// text repeats it is masked too, whether or not a rule would have found it (a signature with an
// unusual name, a street the address rule does not know).
import Foundation

extension PersonalDataDetector {
    /// Spans where `text` repeats one of `known` (case-insensitive, whole words), with rule `sender`.
    /// A name is also found by its parts of three or more letters (the surname alone in a signature).
    public static func spans(ofKnown known: [(kind: PersonalDataKind, value: String)], in text: String) -> [PersonalDataSpan] {
        let ns = text as NSString
        var spans: [PersonalDataSpan] = []
        for (kind, value) in known {
            var needles = [value]
            if kind == .name { needles += value.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init).filter { $0.count >= 3 } }
            if kind == .address {
                needles += value.split(whereSeparator: { $0 == "," || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 5 }
            }
            for needle in needles where !needle.isEmpty {
                var searchRange = NSRange(location: 0, length: ns.length)
                while true {
                    let found = ns.range(of: needle, options: [.caseInsensitive], range: searchRange)
                    guard found.location != NSNotFound else { break }
                    if isWordBoundary(ns, found.location - 1), isWordBoundary(ns, found.location + found.length) {
                        spans.append(PersonalDataSpan(kind: kind, start: found.location, end: found.location + found.length, rule: "sender"))
                    }
                    let next = found.location + max(found.length, 1)
                    guard next < ns.length else { break }
                    searchRange = NSRange(location: next, length: ns.length - next)
                }
            }
        }
        return spans
    }

    /// Merges spans: overlapping ones become one span of the widest extent (the earlier span's kind).
    public static func merge(_ spans: [PersonalDataSpan]) -> [PersonalDataSpan] {
        var merged: [PersonalDataSpan] = []
        for span in spans.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
            if let last = merged.last, span.start < last.end {
                merged[merged.count - 1].end = max(last.end, span.end)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    static func isWordBoundary(_ text: NSString, _ index: Int) -> Bool {
        guard index >= 0, index < text.length else { return true }
        guard let scalar = Unicode.Scalar(text.character(at: index)) else { return true }
        return !CharacterSet.alphanumerics.contains(scalar)
    }
}
