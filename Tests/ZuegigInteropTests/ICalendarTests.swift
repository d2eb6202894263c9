// Invitations are valid iCalendar: read back, every line within 75 octets, values round-trip.
import Foundation
import Testing
@testable import ZuegigInterop

struct ICalendarTests {
    let event = CalendarEvent(
        uid: "visit-42@zuegig", date: "2026-11-24", start: "09:30", end: "10:45:00",
        summary: "Rohbauabnahme, Lindenweg 12; Az. BG-2026-00012",
        location: "Lindenweg 12, 12345 Musterstadt",
        description: "Bitte Zugang zum Keller ermöglichen.\nAnsprechpartnerin: Ines Inspektion – Bauüberwachung der Stadt Musterstadt, Zimmer 3.14 (Erdgeschoss, Eingang über den Hof)",
        organizer: ("Bauaufsicht Musterstadt", "bauaufsicht@musterstadt.example"),
        attendees: [("Erika Bauherrin", "erika@example.org"), ("Ines Inspektion", "ines@musterstadt.example")]
    )

    @Test func invitationsReadBackWithTheirValues() throws {
        let text = ICalendarWriter.calendar([event, event], stamp: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "line too long: \(line)") }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let events = try ICalendarReader.events(text)
        #expect(events.count == 2)
        let read = events[0].properties
        #expect(read["SUMMARY"] == event.summary)
        #expect(read["DESCRIPTION"] == event.description)
        #expect(read["LOCATION"] == event.location)
        #expect(read["DTSTART"] == "20261124T093000")
        #expect(events[0].parameters["DTSTART"] == "TZID=Europe/Berlin")
        #expect(read["DTEND"] == "20261124T104500")
        #expect(read["DTSTAMP"]?.hasSuffix("Z") == true)
        #expect(read["ATTENDEE"] == "mailto:erika@example.org")
        #expect(read["ATTENDEE#1"] == "mailto:ines@musterstadt.example")
        #expect(read["UID"] == "visit-42@zuegig")
    }

    @Test func brokenCalendarsAreRefused() {
        #expect(throws: ICalendarReader.ReadError.self) { try ICalendarReader.events("BEGIN:VCALENDAR\nEND:VCALENDAR\n") }
        #expect(throws: ICalendarReader.ReadError.self) { try ICalendarReader.events("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n") }
    }
}
