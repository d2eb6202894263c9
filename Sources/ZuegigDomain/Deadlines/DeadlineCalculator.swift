// Computes the last day of a period under §§ 187-193 BGB, in a given Land's calendar.

public struct DeadlineCalculator: Sendable {
    public let land: Land
    /// Extra non-working days of the authority (e.g. a local holiday), if any.
    public let extraClosedDays: Set<Day>

    public init(land: Land, extraClosedDays: Set<Day> = []) {
        self.land = land
        self.extraClosedDays = extraClosedDays
    }

    public struct Result: Hashable, Sendable {
        /// The day the period ends (end of that day).
        public let lastDay: Day
        /// The day the arithmetic gave before the working-day rule moved it, if it moved.
        public let movedFrom: Day?
        /// Why it moved, in German (e.g. "Samstag", "Karfreitag").
        public let movedBecause: [String]
    }

    public func isWorkingDay(_ day: Day) -> Bool {
        !day.isWeekend && !PublicHolidays.isHoliday(day, land: land) && !extraClosedDays.contains(day)
    }

    /// The end of a period of `length` that starts on `start` (the event's day, or the first day when
    /// counting from the start of a day).
    public func lastDay(start: Day, length: DeadlineLength, counting: DeadlineCounting, rule: WorkingDayRule) -> Result {
        let computed = Self.arithmeticEnd(start: start, length: length, counting: counting)
        guard rule == .nextWorkingDay else { return Result(lastDay: computed, movedFrom: nil, movedBecause: []) }
        var day = computed
        var reasons: [String] = []
        while !isWorkingDay(day) {
            reasons.append(reason(day))
            day = day.adding(days: 1)
        }
        return Result(lastDay: day, movedFrom: day == computed ? nil : computed, movedBecause: reasons)
    }

    /// § 188 BGB without the working-day rule.
    static func arithmeticEnd(start: Day, length: DeadlineLength, counting: DeadlineCounting) -> Day {
        switch (length.unit, counting) {
        case (.days, .fromEvent):
            // § 187 Abs. 1, § 188 Abs. 1: the event day is not counted; the period ends after `value` full days.
            return start.adding(days: length.value)
        case (.days, .fromStartOfDay):
            return start.adding(days: length.value - 1)
        case (.weeks, .fromEvent):
            // § 188 Abs. 2 Alt. 1: ends on the weekday that corresponds to the event's day.
            return start.adding(days: 7 * length.value)
        case (.weeks, .fromStartOfDay):
            // § 188 Abs. 2 Alt. 2: ends on the day before the corresponding weekday.
            return start.adding(days: 7 * length.value - 1)
        case (.months, .fromEvent):
            // § 188 Abs. 2 and 3: the day with the same number, or the month's last day if missing.
            return start.adding(months: length.value)
        case (.months, .fromStartOfDay):
            // § 188 Abs. 2 Alt. 2: the day before the corresponding day; with § 188 Abs. 3 when it is missing.
            let corresponding = start.adding(months: length.value)
            return corresponding.day < start.day ? corresponding : corresponding.adding(days: -1)
        }
    }

    func reason(_ day: Day) -> String {
        if let holiday = PublicHolidays.name(of: day, land: land) { return "\(day.german): \(holiday)" }
        if day.isoWeekday == 6 { return "\(day.german): Samstag" }
        if day.isoWeekday == 7 { return "\(day.german): Sonntag" }
        return "\(day.german): Schließtag der Behörde"
    }
}
