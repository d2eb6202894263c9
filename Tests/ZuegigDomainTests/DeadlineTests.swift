// Deadlines under §§ 187-193 BGB and the public holidays of the Länder, checked against dates
// read off printed calendars.
import Foundation
import Testing
@testable import ZuegigDomain

func day(_ text: String) -> Day {
    guard let parsed = Day(iso: text) else { fatalError("bad test date \(text)") }
    return parsed
}

struct DayTests {
    @Test func weekdaysAndOrdinalsRoundTrip() {
        #expect(day("1970-01-01").ordinal == 0)
        #expect(day("2026-01-01").isoWeekday == 4, "a Thursday")
        #expect(day("2024-02-29").isoWeekday == 4)
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
    }

    @Test func invalidDatesDoNotExist() {
        #expect(Day(2026, 2, 29) == nil)
        #expect(Day(2024, 2, 29) != nil)
        #expect(Day(1900, 2, 29) == nil, "1900 is no leap year")
        #expect(Day(2000, 2, 29) != nil, "2000 is one")
        #expect(Day(2026, 4, 31) == nil)
        #expect(Day(iso: "2026-13-01") == nil)
    }

    @Test("adding months clamps to the month's end", arguments: [
        ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", 1, "2026-04-30"),
        ("2026-08-31", 6, "2027-02-28"), ("2026-11-15", 3, "2027-02-15"), ("2026-05-10", -6, "2025-11-10"),
    ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }
}

struct HolidayTests {
    @Test("Easter Sunday", arguments: [
        (1818, "1818-03-22"), (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easter(year: Int, expected: String) {
        #expect(PublicHolidays.easterSunday(year) == day(expected))
    }

    @Test("holidays by Land", arguments: [
        ("2026-04-03", Land.BE, true), ("2026-04-06", .HH, true), ("2026-05-14", .SN, true), ("2026-05-25", .BY, true),
        ("2026-06-04", .NW, true), ("2026-06-04", .BE, false), ("2026-06-04", .SN, false),
        ("2026-01-06", .BY, true), ("2026-01-06", .BE, false), ("2026-01-06", .ST, true),
        ("2026-03-08", .BE, true), ("2018-03-08", .BE, false), ("2023-03-08", .MV, true), ("2022-03-08", .MV, false),
        ("2026-08-15", .SL, true), ("2026-08-15", .BY, false),
        ("2026-09-20", .TH, true), ("2018-09-20", .TH, false),
        ("2026-10-31", .NI, true), ("2017-10-31", .BY, true), ("2018-10-31", .BY, false), ("2017-10-31", .NI, true), ("2016-10-31", .HH, false),
        ("2026-11-01", .RP, true), ("2026-11-01", .HE, false),
        ("2026-11-18", .SN, true), ("2025-11-19", .SN, true), ("2026-11-18", .TH, false),
        ("2026-04-05", .BB, true), ("2026-05-24", .BB, true), ("2026-05-24", .BE, false),
        ("2025-05-08", .BE, true), ("2026-05-08", .BE, false),
        ("2026-10-03", .HB, true), ("2026-12-26", .SH, true), ("2026-12-24", .BE, false),
    ])
    func holiday(date: String, land: Land, expected: Bool) {
        #expect(PublicHolidays.isHoliday(day(date), land: land) == expected, "\(date) in \(land)")
    }

    @Test func everyLandHasTheNineNationwideHolidaysAndAtMostThirteen() {
        for land in Land.allCases {
            for year in [2017, 2026, 2031] {
                let count = PublicHolidays.holidays(in: year, land: land).count
                #expect((9...13).contains(count), "\(land) \(year): \(count)")
            }
        }
    }
}

struct DeadlineReminderTests {
    @Test("reminders", arguments: [(10, false), (7, true), (3, true), (0, true), (-1, true), (8, false)])
    func due(daysLeft: Int, expected: Bool) {
        #expect(DeadlineReminder.isDue(daysLeft: daysLeft, reminderDaysBefore: [7, 2]) == expected)
    }

    @Test func withoutReminderDaysOnlyAPassedDeadlineReminds() {
        #expect(!DeadlineReminder.isDue(daysLeft: 0, reminderDaysBefore: []))
        #expect(DeadlineReminder.isDue(daysLeft: -3, reminderDaysBefore: []))
    }
}

struct DeadlineCalculatorTests {
    func end(_ start: String, _ value: Int, _ unit: DeadlineLength.Unit, in land: Land = .BE,
             counting: DeadlineCounting = .fromEvent, rule: WorkingDayRule = .nextWorkingDay) -> Day {
        DeadlineCalculator(land: land).lastDay(start: day(start), length: DeadlineLength(value, unit), counting: counting, rule: rule).lastDay
    }

    @Test func dayPeriodsDoNotCountTheEventDay() {
        #expect(end("2026-03-02", 10, .days) == day("2026-03-12"), "§ 187 Abs. 1 BGB")
        #expect(end("2026-03-02", 10, .days, counting: .fromStartOfDay) == day("2026-03-11"), "§ 187 Abs. 2 BGB")
    }

    @Test func weekPeriodsEndOnTheSameWeekday() {
        #expect(end("2026-03-04", 2, .weeks) == day("2026-03-18"))
        #expect(end("2026-03-04", 2, .weeks, counting: .fromStartOfDay) == day("2026-03-17"))
    }

    @Test func monthPeriodsAtMonthEndsAndInLeapYears() {
        #expect(end("2026-01-31", 1, .months, rule: .none) == day("2026-02-28"), "§ 188 Abs. 3 BGB")
        #expect(end("2024-01-31", 1, .months) == day("2024-02-29"), "leap year, a Thursday")
        #expect(end("2026-01-31", 1, .months) == day("2026-03-02"), "28 Feb 2026 is a Saturday")
        #expect(end("2026-02-01", 1, .months, counting: .fromStartOfDay, rule: .none) == day("2026-02-28"))
        #expect(end("2026-01-31", 1, .months, counting: .fromStartOfDay, rule: .none) == day("2026-02-28"))
        #expect(end("2026-11-30", 3, .months) == day("2027-03-01"), "28 Feb 2027 is a Sunday")
    }

    @Test func periodsEndingOnWeekendsMoveToMonday() {
        let result = DeadlineCalculator(land: .HH).lastDay(start: day("2026-03-07"), length: DeadlineLength(2, .weeks), counting: .fromEvent, rule: .nextWorkingDay)
        #expect(result.lastDay == day("2026-03-23"))
        #expect(result.movedFrom == day("2026-03-21"))
        #expect(result.movedBecause == ["21.03.2026: Samstag", "22.03.2026: Sonntag"])
    }

    @Test func easterDependentHolidaysMoveTheEndDifferentlyByLand() {
        // Two weeks from Friday 20 March 2026 end on Good Friday; the next working day is Easter Tuesday.
        #expect(end("2026-03-20", 2, .weeks, in: .BY) == day("2026-04-07"))
        // Corpus Christi (4 June 2026) is a holiday in Nordrhein-Westfalen but not in Berlin.
        #expect(end("2026-05-21", 2, .weeks, in: .NW) == day("2026-06-05"))
        #expect(end("2026-05-21", 2, .weeks, in: .BE) == day("2026-06-04"))
        // Whit Monday in Sachsen.
        #expect(end("2026-05-11", 2, .weeks, in: .SN) == day("2026-05-26"))
    }

    @Test func stateSpecificHolidaysMoveTheEnd() {
        #expect(end("2027-02-08", 1, .months, in: .BE) == day("2027-03-09"), "Frauentag in Berlin")
        #expect(end("2027-02-08", 1, .months, in: .BY) == day("2027-03-08"))
        #expect(end("2026-11-04", 2, .weeks, in: .SN) == day("2026-11-19"), "Buß- und Bettag")
        #expect(end("2026-12-21", 4, .days, in: .NI) == day("2026-12-28"), "Christmas and a Sunday")
    }

    @Test func anAuthoritysOwnClosingDayCounts() {
        let calculator = DeadlineCalculator(land: .BE, extraClosedDays: [day("2026-03-18")])
        #expect(calculator.lastDay(start: day("2026-03-04"), length: DeadlineLength(2, .weeks), counting: .fromEvent, rule: .nextWorkingDay).lastDay == day("2026-03-19"))
    }
}
