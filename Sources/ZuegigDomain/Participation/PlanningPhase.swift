// One participation phase of a planning procedure (e.g. the formal public participation under
// § 3 Abs. 2 BauGB) and how its period is computed from the first day of publication.

public struct PlanningPhase: Sendable, Codable, Hashable {
    /// Who is asked: the public (the form on the public page is open) or agencies (Träger öffentlicher Belange).
    public enum Audience: String, Sendable, Codable, Hashable, CaseIterable {
        case `public`, agencies

        public var germanLabel: String {
            switch self {
            case .public: "Öffentlichkeit"
            case .agencies: "Behörden und Träger öffentlicher Belange"
            }
        }
    }

    public let id: String
    public let label: String
    public let audience: Audience
    /// How long the documents are published, counted from the first day (§ 187 Abs. 2 BGB).
    public let length: DeadlineLength
    /// A floor in days where the law gives one ("ein Monat, mindestens 30 Tage").
    public let minimumDays: Int
    /// Days after the publication ends during which statements are still accepted (§ 73 Abs. 4 VwVfG).
    public let extensionDays: Int
    public let legalBasis: String

    public init(id: String, label: String, audience: Audience, length: DeadlineLength, minimumDays: Int = 0, extensionDays: Int = 0, legalBasis: String) {
        self.id = id
        self.label = label
        self.audience = audience
        self.length = length
        self.minimumDays = minimumDays
        self.extensionDays = extensionDays
        self.legalBasis = legalBasis
    }

    enum CodingKeys: String, CodingKey {
        case id, label, audience, length, minimumDays, extensionDays, legalBasis
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        audience = try container.decode(Audience.self, forKey: .audience)
        length = try container.decode(DeadlineLength.self, forKey: .length)
        minimumDays = try container.decodeIfPresent(Int.self, forKey: .minimumDays) ?? 0
        extensionDays = try container.decodeIfPresent(Int.self, forKey: .extensionDays) ?? 0
        legalBasis = try container.decode(String.self, forKey: .legalBasis)
    }

    /// The period that starts on `firstDay`, in the calendar of `land`.
    public func period(startingOn firstDay: Day, land: Land) -> ParticipationPeriod {
        let calculator = DeadlineCalculator(land: land)
        var publicationEnd = DeadlineCalculator.arithmeticEnd(start: firstDay, length: length, counting: .fromStartOfDay)
        if minimumDays > 0 { publicationEnd = max(publicationEnd, firstDay.adding(days: minimumDays - 1)) }
        let statementsEnd = publicationEnd.adding(days: extensionDays)
        // § 31 Abs. 3 VwVfG: a period ending on a weekend or public holiday ends on the next working day.
        let moved = calculator.lastDay(start: statementsEnd, length: DeadlineLength(0, .days), counting: .fromEvent, rule: .nextWorkingDay)
        return ParticipationPeriod(firstDay: firstDay, publicationLastDay: publicationEnd, lastDay: moved.lastDay, movedBecause: moved.movedBecause)
    }
}
