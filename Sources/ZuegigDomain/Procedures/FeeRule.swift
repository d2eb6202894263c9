// Fee rules of a procedure: a per-mille rate of the declared construction cost, with a minimum and
// an optional maximum. Amounts are whole cents; the explanation shows how the fee came about.
import Foundation

public struct FeeRule: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        case perMilleOfConstructionCost
    }

    public let kind: Kind
    /// Per mille of the declared construction cost, e.g. 5 for 5 ‰.
    public let perMille: Decimal
    public let minimumEuros: Decimal
    public let maximumEuros: Decimal?
    public let legalBasis: String

    public init(kind: Kind = .perMilleOfConstructionCost, perMille: Decimal, minimumEuros: Decimal, maximumEuros: Decimal? = nil, legalBasis: String) {
        self.kind = kind
        self.perMille = perMille
        self.minimumEuros = minimumEuros
        self.maximumEuros = maximumEuros
        self.legalBasis = legalBasis
    }

    enum CodingKeys: String, CodingKey {
        case kind, perMille, minimumEuros, maximumEuros, legalBasis
    }

    /// Numbers are read as written (YAML/JSON numbers) and kept exact as decimals.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func decimal(_ key: CodingKeys) throws -> Decimal? {
            guard let value = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
            return Decimal(string: String(value)) ?? Decimal(value)
        }
        kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .perMilleOfConstructionCost
        perMille = try decimal(.perMille) ?? 0
        minimumEuros = try decimal(.minimumEuros) ?? 0
        maximumEuros = try decimal(.maximumEuros)
        legalBasis = try container.decode(String.self, forKey: .legalBasis)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(NSDecimalNumber(decimal: perMille).doubleValue, forKey: .perMille)
        try container.encode(NSDecimalNumber(decimal: minimumEuros).doubleValue, forKey: .minimumEuros)
        try container.encodeIfPresent(maximumEuros.map { NSDecimalNumber(decimal: $0).doubleValue }, forKey: .maximumEuros)
        try container.encode(legalBasis, forKey: .legalBasis)
    }

    public struct Calculation: Sendable, Hashable {
        public let amountCents: Int
        public let explanation: String
    }

    public func calculate(constructionCostCents: Int) -> Calculation {
        let cost = Decimal(constructionCostCents) / 100
        var raw = cost * perMille / 1000
        var handle = Decimal()
        NSDecimalRound(&handle, &raw, 2, .plain)
        var amount = handle
        var explanation = "\(Money.format(perMille: perMille)) von \(Money.format(cost)) = \(Money.format(amount))"
        if amount < minimumEuros {
            amount = minimumEuros
            explanation += "; Mindestgebühr \(Money.format(minimumEuros))"
        }
        if let maximumEuros, amount > maximumEuros {
            amount = maximumEuros
            explanation += "; Höchstgebühr \(Money.format(maximumEuros))"
        }
        explanation += " (\(legalBasis))"
        let cents = NSDecimalNumber(decimal: amount * 100).intValue
        return Calculation(amountCents: cents, explanation: explanation)
    }
}

/// German money and rate formats without locale data: 1.234,50 €.
public enum Money {
    public static func format(cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let absolute = abs(cents)
        let euros = String(absolute / 100)
        var grouped = ""
        for (index, character) in euros.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return "\(sign)\(String(grouped.reversed())),\(String(format: "%02d", absolute % 100)) €"
    }

    public static func format(_ euros: Decimal) -> String {
        format(cents: NSDecimalNumber(decimal: euros * 100).intValue)
    }

    static func format(perMille: Decimal) -> String {
        "\(NSDecimalNumber(decimal: perMille).stringValue.replacingOccurrences(of: ".", with: ",")) ‰"
    }
}
