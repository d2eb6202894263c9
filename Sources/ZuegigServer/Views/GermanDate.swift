// German date formats for pages, in the authority's time zone.
import Foundation

enum GermanDate {
    static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt

    @Sendable static func format(_ date: Date) -> String {
        var style = Date.FormatStyle(date: .numeric, time: .omitted, locale: Locale(identifier: "de_DE"), timeZone: berlin)
        style = style.day(.twoDigits).month(.twoDigits).year(.defaultDigits)
        return date.formatted(style)
    }

    @Sendable static func formatWithTime(_ date: Date) -> String {
        let style = Date.FormatStyle(date: .numeric, time: .shortened, locale: Locale(identifier: "de_DE"), timeZone: berlin)
        return date.formatted(style)
    }
}
