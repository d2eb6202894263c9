// MinHash signatures of shingle sets: `rows × bands` hash functions h(x) = a·x + b (mod 2^64, odd a),
// the minimum over the set per function. Two sets agree in one position with probability equal to
// their Jaccard similarity; banding turns that into candidate pairs (locality-sensitive hashing).
public struct MinHasher: Sendable {
    public let bands: Int
    public let rows: Int
    let multipliers: [UInt64]
    let offsets: [UInt64]

    public init(bands: Int = 40, rows: Int = 3, seed: UInt64 = 0x5eed_2026) {
        self.bands = bands
        self.rows = rows
        var random = SplitMix64(seed: seed)
        multipliers = (0..<(bands * rows)).map { _ in random.next() | 1 }
        offsets = (0..<(bands * rows)).map { _ in random.next() }
    }

    public func signature(_ shingles: [UInt64]) -> [UInt64] {
        var signature = [UInt64](repeating: .max, count: multipliers.count)
        multipliers.withUnsafeBufferPointer { a in
            offsets.withUnsafeBufferPointer { b in
                signature.withUnsafeMutableBufferPointer { s in
                    for x in shingles {
                        for k in 0..<a.count {
                            let h = a[k] &* x &+ b[k]
                            if h < s[k] { s[k] = h }
                        }
                    }
                }
            }
        }
        return signature
    }

    /// One key per band (the band's rows combined, tagged with the band number).
    public func bandKeys(_ signature: [UInt64]) -> [UInt64] {
        (0..<bands).map { band in
            var h: UInt64 = 0x9e37_79b9_7f4a_7c15 &* UInt64(band + 1)
            for row in 0..<rows { h = (h ^ signature[band * rows + row]) &* 0x100_0000_01b3 }
            return h
        }
    }
}
