// Lock-out after repeated failed logins, as a pure state machine: (state, event) -> state.
import Foundation

public struct LoginThrottle: Sendable {
    public struct State: Sendable, Hashable {
        public var failedAttempts: Int
        public var lockedUntil: Date?

        public init(failedAttempts: Int = 0, lockedUntil: Date? = nil) {
            self.failedAttempts = failedAttempts
            self.lockedUntil = lockedUntil
        }
    }

    public enum Event: Sendable {
        case failed
        case succeeded
    }

    public enum Gate: Sendable, Hashable {
        case open
        case locked(until: Date)
    }

    public var maximumFailures: Int
    public var lockDuration: TimeInterval

    public init(maximumFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maximumFailures = maximumFailures
        self.lockDuration = lockDuration
    }

    /// Whether a login may be tried now. A lock that has run out opens the gate again.
    public func gate(_ state: State, now: Date) -> Gate {
        if let until = state.lockedUntil, until > now { return .locked(until: until) }
        return .open
    }

    /// The state after an attempt. The failure that reaches the maximum locks the account
    /// and starts counting afresh, so each later lock needs a full series of failures again.
    public func apply(_ event: Event, to state: State, now: Date) -> State {
        switch event {
        case .succeeded:
            return State()
        case .failed:
            var counted = state.failedAttempts
            if let until = state.lockedUntil, until <= now { counted = 0 }
            counted += 1
            if counted >= maximumFailures {
                return State(failedAttempts: 0, lockedUntil: now.addingTimeInterval(lockDuration))
            }
            return State(failedAttempts: counted, lockedUntil: nil)
        }
    }
}
