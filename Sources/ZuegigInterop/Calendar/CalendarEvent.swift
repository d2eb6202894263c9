// One appointment for an iCalendar file: local wall-clock start and end in Europe/Berlin.
import Foundation

public struct CalendarEvent: Sendable, Equatable {
    public var uid: String
    /// "YYYY-MM-DD" and "HH:MM[:SS]" local time in Europe/Berlin.
    public var date: String
    public var start: String
    public var end: String
    public var summary: String
    public var location: String
    public var description: String
    public var organizer: (name: String, email: String)?
    public var attendees: [(name: String, email: String)]
    /// Increased when the appointment moves, so calendars replace the old one.
    public var sequence: Int

    public init(uid: String, date: String, start: String, end: String, summary: String, location: String, description: String,
                organizer: (name: String, email: String)? = nil, attendees: [(name: String, email: String)] = [], sequence: Int = 0) {
        self.uid = uid; self.date = date; self.start = start; self.end = end; self.summary = summary
        self.location = location; self.description = description; self.organizer = organizer; self.attendees = attendees; self.sequence = sequence
    }

    public static func == (a: CalendarEvent, b: CalendarEvent) -> Bool {
        a.uid == b.uid && a.date == b.date && a.start == b.start && a.end == b.end && a.summary == b.summary && a.location == b.location
            && a.description == b.description && a.organizer?.email == b.organizer?.email && a.attendees.map(\.email) == b.attendees.map(\.email) && a.sequence == b.sequence
    }
}
