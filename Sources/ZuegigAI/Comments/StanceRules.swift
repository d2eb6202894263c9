// Stance of a statement (for, against, neutral) by explainable rules: weighted cue phrases on the
// folded, lower-cased text, with simple negation ("nicht begrüßen" counts against). The cues that
// decided are returned with the stance so a reviewer can see why.
import Foundation

public enum Stance: String, Codable, Sendable, CaseIterable { case against, `for`, neutral }

public struct StanceRules: Sendable {
    public struct Decision: Codable, Sendable, Hashable {
        public var stance: Stance
        public var cues: [String]
    }

    /// Cue (folded, lower case, matched at word starts) and weight: positive for, negative against.
    public static let cues: [(String, Double)] = [
        ("lehne", -2), ("lehnen", -2), ("ablehn", -2), ("einwendung", -2), ("einspruch", -2), ("widerspreche", -2), ("widerspruch", -1.5),
        ("protest", -1.5), ("nicht hinnehmbar", -2), ("inakzeptabel", -2), ("unzumutbar", -2), ("fordere", -1), ("fordern", -1),
        ("verzicht", -1), ("stoppen", -2), ("zu verhindern", -2), ("gefahrdet", -1), ("gefahr", -0.5), ("sorge", -0.7), ("befurchte", -1),
        ("befurchten", -1), ("beeintrachtig", -1), ("verschlechter", -1), ("zerstor", -1.5), ("rechtswidrig", -2), ("abwagungsfehler", -2),
        ("nicht ausreichend", -1), ("unzureichend", -1), ("kritisier", -1), ("bedenken", -1), ("verlust", -0.7), ("zu hoch", -1),
        ("zu dicht", -1), ("bitte nicht", -1.5), ("auf keinen fall", -2), ("nein", -1), ("zu wenig", -0.7), ("belast", -0.7),
        ("angst", -0.7), ("problem", -0.5), ("leider", -0.5), ("unertraglich", -1.5), ("katastroph", -1.5), ("chaos", -1), ("zu viel", -0.7),
        ("zu laut", -1), ("dagegen", -1.5), ("nicht akzeptabel", -2), ("ersatzlos", -1), ("streichen", -1), ("verzichten", -1), ("uberarbeit", -0.7),
        ("nachbesser", -0.7), ("wehre", -1.5), ("unverantwortlich", -2), ("fehlt", -0.5), ("fehlen", -0.5), ("mangel", -0.7), ("schaden", -0.7),
        ("begrus", 2), ("unterstutze", 2), ("unterstutzen", 2), ("befurworte", 2), ("befurworten", 2), ("zustimm", 1.5), ("gut so", 1.5),
        ("endlich", 1), ("freue", 1.5), ("freuen", 1.5), ("dringend benotigt", 1.5), ("dringend gebraucht", 1.5), ("positiv", 1),
        ("sinnvoll", 0.7), ("richtig", 0.5), ("dafur", 1), ("chance", 0.7), ("gelungen", 1.5), ("zugig umsetzen", 1.5), ("schnell bauen", 1.5),
        ("anregung", 0.3), ("vorschlag", 0.3), ("schlage vor", 0.3), ("bitte prufen", 0.2),
    ]
    static let negations: [[UInt8]] = ["nicht", "kein", "keine", "keinesfalls", "nie"].map { Array($0.utf8) }

    struct Cue: Sendable {
        var words: [[UInt8]]
        var text: String
        var weight: Double
    }

    /// Cues by the first two bytes of their first word, longest first word first.
    let index: [UInt16: [Cue]]

    public init() {
        var index: [UInt16: [Cue]] = [:]
        for (cue, weight) in Self.cues {
            let words = cue.split(separator: " ").map { Array($0.utf8) }
            index[Self.key(words[0][...]), default: []].append(Cue(words: words, text: cue, weight: weight))
        }
        self.index = index.mapValues { list in
            list.enumerated().sorted { ($0.element.words[0].count, $1.offset) > ($1.element.words[0].count, $0.offset) }.map(\.element)
        }
    }

    @inline(__always)
    static func key(_ word: ArraySlice<UInt8>) -> UInt16 { UInt16(word[word.startIndex]) << 8 | UInt16(word[word.startIndex + 1]) }

    @inline(__always)
    static func hasPrefix(_ token: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        token.count >= prefix.count && token.prefix(prefix.count).elementsEqual(prefix)
    }

    public func decide(_ text: String) -> Decision {
        // Tokens of the comparison key: folded, lower case, separated by single spaces.
        let bytes = Array(GermanText.comparisonKey(text).utf8)
        let tokens = bytes.split(separator: 32)
        var score = 0.0
        var hits: [(String, Double)] = []
        for (position, token) in tokens.enumerated() {
            // Cues match at word starts: the cues whose first word starts the token.
            guard token.count >= 2, let candidates = index[Self.key(token)] else { continue }
            for cue in candidates where Self.hasPrefix(token, cue.words[0]) {
                // The further words of the cue must start the following tokens.
                guard cue.words.indices.dropFirst().allSatisfy({ position + $0 < tokens.count && Self.hasPrefix(tokens[position + $0], cue.words[$0]) }) else { continue }
                let negated = cue.weight > 0 && tokens[max(0, position - 2)..<position].contains { word in Self.negations.contains { $0.elementsEqual(word) } }
                let effective = negated ? -cue.weight : cue.weight
                score += effective
                hits.append((negated ? "nicht " + cue.text : cue.text, effective))
            }
        }
        // Questions, suggestions and mixed statements whose cues cancel out stay neutral.
        let stance: Stance = score <= -1 ? .against : (score >= 1.5 ? .for : .neutral)
        var deciding: [String] = []
        for (cue, weight) in hits where (stance == .against ? weight < 0 : (stance == .for ? weight > 0 : true)) && !deciding.contains(cue) {
            deciding.append(cue)
        }
        return Decision(stance: stance, cues: Array(deciding.prefix(6)))
    }
}
