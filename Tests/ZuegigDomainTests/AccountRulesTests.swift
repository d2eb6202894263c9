// Password rules and the lock-out state machine.
import Foundation
import Testing
@testable import ZuegigDomain

struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test("rejected passwords", arguments: [
        ("kurz1", "zu kurz"), ("abcdefghijkl", "one class"), ("passwort123", "common"),
        ("aaaaaaaaaaaa", "repeated"), ("anna.meier-2026", "contains e-mail"),
        (String(repeating: "ab1", count: 30), "too long for bcrypt"),
    ])
    func rejects(password: String, why: String) {
        #expect(!policy.violations(of: password, email: "anna.meier@example.de").isEmpty, "\(why)")
    }

    @Test("accepted passwords", arguments: ["Baugrube-Nord7", "fenster 4 türen", "Ölheizung2026"])
    func accepts(password: String) {
        #expect(policy.violations(of: password, email: "anna.meier@example.de").isEmpty)
    }

    @Test func messagesAreGerman() {
        let messages = policy.violations(of: "kurz", email: "x@example.de")
        #expect(messages.contains { $0.contains("mindestens 10 Zeichen") })
    }
}

struct LoginThrottleTests {
    let throttle = LoginThrottle(maximumFailures: 3, lockDuration: 600)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func locksAfterTheMaximumOfFailuresAndOpensAfterTheDuration() {
        var state = LoginThrottle.State()
        for attempt in 1...2 {
            state = throttle.apply(.failed, to: state, now: start)
            #expect(throttle.gate(state, now: start) == .open, "attempt \(attempt)")
        }
        state = throttle.apply(.failed, to: state, now: start)
        #expect(throttle.gate(state, now: start.addingTimeInterval(599)) == .locked(until: start.addingTimeInterval(600)))
        #expect(throttle.gate(state, now: start.addingTimeInterval(600)) == .open)
    }

    @Test func successResetsTheCount() {
        var state = throttle.apply(.failed, to: LoginThrottle.State(), now: start)
        state = throttle.apply(.failed, to: state, now: start)
        state = throttle.apply(.succeeded, to: state, now: start)
        state = throttle.apply(.failed, to: state, now: start)
        #expect(state.failedAttempts == 1)
        #expect(throttle.gate(state, now: start) == .open)
    }

    @Test func afterALockRunsOutAFullSeriesIsNeededAgain() {
        var state = LoginThrottle.State()
        for _ in 1...3 { state = throttle.apply(.failed, to: state, now: start) }
        let later = start.addingTimeInterval(601)
        state = throttle.apply(.failed, to: state, now: later)
        #expect(throttle.gate(state, now: later) == .open)
        #expect(state.failedAttempts == 1)
    }
}

struct CaseNumberTests {
    @Test func formatsWithFiveDigits() {
        #expect(CaseNumber(prefix: "BG", year: 2026, sequence: 42).description == "BG-2026-00042")
        #expect(CaseNumber(prefix: "BG", year: 2026, sequence: 123_456).description == "BG-2026-123456")
    }

    @Test("parsing", arguments: [
        ("BG-2026-00042", true), ("bg-2026-00042", false), ("BG-26-00042", false), ("BG-2026-0042", false),
        ("BG-2026-00000", false), ("BG-2026-000x2", false), ("BG2026-00042", false),
    ])
    func parses(text: String, valid: Bool) {
        let parsed = CaseNumber(parsing: text)
        #expect((parsed != nil) == valid)
        if let parsed { #expect(parsed.description == text) }
    }
}
