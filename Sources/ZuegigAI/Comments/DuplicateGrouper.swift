// Groups form letters and near duplicates without chaining. Each group has a leader (the first, in
// batch mode the longest, statement of the group); a statement joins the group whose leader it is
// similar to, or leads a new group. Candidate leaders come from MinHash LSH over word shingles and
// from an index of long sentences (which finds heavily shortened variants); every candidate is then
// verified exactly on the shingle sets. Because similarity is always measured to the leader, two
// different letters that share a sentence or two with a third never end up in one group, as they
// would by linking pairs with union-find. Statements can be added one at a time as they arrive.
import Foundation

public struct DuplicateGrouper: Sendable {
    public struct Options: Sendable, Hashable {
        /// Similar when the Jaccard similarity of the shingle sets reaches this …
        public var minJaccard = 0.4
        /// … or when the smaller set lies mostly inside the larger (a shortened variant) …
        public var minContainment = 0.55
        /// … and both still share this much …
        public var containmentJaccard = 0.12
        /// … and the smaller has at least this many shingles (short notes need the Jaccard rule).
        public var minShingles = 12
        /// Sentences shared by more leaders than this are stock phrases and give no candidates.
        public var sentenceCap = 30

        public init() {}
    }

    public struct Prepared: Sendable {
        public var shingles: [UInt64]
        public var bandKeys: [UInt64]
        public var sentenceKeys: [UInt64]
    }

    public let options: Options
    let hasher: MinHasher
    /// Per statement added: the group (leader slot) it belongs to.
    public private(set) var groupOf: [Int] = []
    /// Per group: the statement (position in the order added) that leads it, and its shingles.
    public private(set) var leaders: [Int] = []
    var leaderShingles: [[UInt64]] = []
    var bandIndex: [UInt64: [Int32]] = [:]
    var sentenceIndex: [UInt64: [Int32]] = [:]
    /// Per group: the call of `add` that last saw it as a candidate.
    var seen: [UInt32] = []
    var stamp: UInt32 = 0

    public init(options: Options = Options(), hasher: MinHasher = MinHasher(bands: 60, rows: 2)) {
        self.options = options
        self.hasher = hasher
    }

    /// The shingles, band keys and long-sentence keys of a text (pure; may run in parallel).
    public func prepare(_ text: String) -> Prepared {
        let shingles = Shingles.hashes(text)
        let sentenceKeys = Shingles.sentences(text).compactMap { sentence -> UInt64? in
            let words = GermanText.words(sentence)
            guard words.count >= 8 else { return nil }
            return words.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ Shingles.hash($1)) &* 0x100_0000_01b3 }
        }
        return Prepared(shingles: shingles, bandKeys: shingles.isEmpty ? [] : hasher.bandKeys(hasher.signature(shingles)), sentenceKeys: Array(Set(sentenceKeys)))
    }

    /// Similarity used to decide membership, or nil when not similar enough.
    public func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let common = Double(Shingles.intersection(a, b))
        let jaccard = common / Double(a.count + b.count - Int(common))
        if jaccard >= options.minJaccard { return jaccard }
        let smaller = min(a.count, b.count)
        let containment = common / Double(smaller)
        if containment >= options.minContainment, smaller >= options.minShingles, jaccard >= options.containmentJaccard { return containment * 0.9 }
        return nil
    }

    /// Adds the next statement; returns its group.
    @discardableResult
    public mutating func add(_ prepared: Prepared) -> Int {
        // Each candidate once: a stamp per group instead of a set.
        stamp &+= 1
        if stamp == 0 { seen = [UInt32](repeating: 0, count: seen.count); stamp = 1 }
        var candidates: [Int32] = []
        func collect(_ slots: [Int32]) {
            for slot in slots where seen[Int(slot)] != stamp {
                seen[Int(slot)] = stamp
                candidates.append(slot)
            }
        }
        for key in prepared.bandKeys { if let slots = bandIndex[key] { collect(slots) } }
        for key in prepared.sentenceKeys { if let slots = sentenceIndex[key], slots.count <= options.sentenceCap { collect(slots) } }
        var best: (slot: Int, score: Double)?
        for slot in candidates {
            // Ties go to the older group, so the result does not depend on the set's iteration order.
            guard let score = similarity(prepared.shingles, leaderShingles[Int(slot)]) else { continue }
            if score > (best?.score ?? 0) || (score == best?.score && Int(slot) < best!.slot) { best = (Int(slot), score) }
        }
        let position = groupOf.count
        if let best {
            groupOf.append(best.slot)
            return best.slot
        }
        let slot = leaders.count
        leaders.append(position)
        leaderShingles.append(prepared.shingles)
        seen.append(0)
        for key in prepared.bandKeys { bandIndex[key, default: []].append(Int32(slot)) }
        for key in prepared.sentenceKeys { sentenceIndex[key, default: []].append(Int32(slot)) }
        groupOf.append(slot)
        return slot
    }

    /// Groups a whole set: prepared in parallel, added longest first (the fullest version leads).
    /// Returns per input position its group number (groups numbered by their leader's input position).
    public static func group(_ texts: [String], options: Options = Options()) -> (groupOf: [Int], leaders: [Int]) {
        let preparer = DuplicateGrouper(options: options)
        let prepared = ParallelMap.map(texts) { preparer.prepare($0) }
        var grouper = preparer
        let order = texts.indices.sorted { (prepared[$0].shingles.count, $1) > (prepared[$1].shingles.count, $0) }
        var groupOf = [Int](repeating: 0, count: texts.count)
        for index in order { groupOf[index] = grouper.add(prepared[index]) }
        let leaders = grouper.leaders.map { order[$0] }
        return (groupOf.map { leaders[$0] }, leaders)
    }
}
