// Statewide public holidays of every Land for any year, moveable feasts computed from Easter.
// Holidays that apply only in some municipalities (Fronleichnam in parts of Sachsen and Thüringen,
// Mariä Himmelfahrt in Catholic parts of Bayern, the Augsburger Friedensfest) are not statewide
// and are therefore not included; an authority there can add them as local closing days.

public enum PublicHolidays {
    public struct Holiday: Hashable, Sendable {
        public let day: Day
        public let name: String
    }

    /// Easter Sunday (Gregorian; anonymous algorithm after Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(unchecked: year, month, day)
    }

    public static func holidays(in year: Int, land: Land) -> [Holiday] {
        let easter = easterSunday(year)
        func fixed(_ month: Int, _ day: Int, _ name: String) -> Holiday? {
            Day(year, month, day).map { Holiday(day: $0, name: name) }
        }
        func easterOffset(_ days: Int, _ name: String) -> Holiday {
            Holiday(day: easter.adding(days: days), name: name)
        }
        var result: [Holiday?] = [
            fixed(1, 1, "Neujahr"),
            easterOffset(-2, "Karfreitag"),
            easterOffset(1, "Ostermontag"),
            fixed(5, 1, "Tag der Arbeit"),
            easterOffset(39, "Christi Himmelfahrt"),
            easterOffset(50, "Pfingstmontag"),
            year >= 1990 ? fixed(10, 3, "Tag der Deutschen Einheit") : nil,
            fixed(12, 25, "1. Weihnachtstag"),
            fixed(12, 26, "2. Weihnachtstag"),
        ]
        let lands = { (members: Set<Land>) in members.contains(land) }
        if lands([.BW, .BY, .ST]) { result.append(fixed(1, 6, "Heilige Drei Könige")) }
        if (land == .BE && year >= 2019) || (land == .MV && year >= 2023) {
            result.append(fixed(3, 8, "Internationaler Frauentag"))
        }
        if land == .BB {
            result.append(easterOffset(0, "Ostersonntag"))
            result.append(easterOffset(49, "Pfingstsonntag"))
        }
        if lands([.BW, .BY, .HE, .NW, .RP, .SL]) { result.append(easterOffset(60, "Fronleichnam")) }
        if land == .SL { result.append(fixed(8, 15, "Mariä Himmelfahrt")) }
        if land == .TH && year >= 2019 { result.append(fixed(9, 20, "Weltkindertag")) }
        if reformationDay(land: land, year: year) { result.append(fixed(10, 31, "Reformationstag")) }
        if lands([.BW, .BY, .NW, .RP, .SL]) { result.append(fixed(11, 1, "Allerheiligen")) }
        if land == .SN { result.append(Holiday(day: repentanceDay(year), name: "Buß- und Bettag")) }
        if land == .BE && (year == 2020 || year == 2025) {
            result.append(fixed(5, 8, "Tag der Befreiung (einmalig)"))
        }
        if land == .BE && year == 2028 {
            result.append(fixed(6, 17, "75. Jahrestag des Volksaufstandes vom 17. Juni 1953 (einmalig)"))
        }
        return result.compactMap { $0 }.sorted { $0.day < $1.day }
    }

    static func reformationDay(land: Land, year: Int) -> Bool {
        if year == 2017 { return true } // 500 years of the Reformation: once in every Land
        if [.BB, .MV, .SN, .ST, .TH].contains(land) { return true }
        return [.HB, .HH, .NI, .SH].contains(land) && year >= 2018
    }

    /// The Wednesday before 23 November.
    static func repentanceDay(_ year: Int) -> Day {
        var day = Day(unchecked: year, 11, 22)
        while day.isoWeekday != 3 { day = day.adding(days: -1) }
        return day
    }

    public static func isHoliday(_ day: Day, land: Land) -> Bool {
        holidays(in: day.year, land: land).contains { $0.day == day }
    }

    public static func name(of day: Day, land: Land) -> String? {
        holidays(in: day.year, land: land).first { $0.day == day }?.name
    }
}
