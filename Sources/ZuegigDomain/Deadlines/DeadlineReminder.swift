// When a running deadline calls for a reminder: from the first reminder day on, and once it has passed.

public enum DeadlineReminder {
    /// `daysLeft`: whole days from today to the last day (negative once passed).
    public static func isDue(daysLeft: Int, reminderDaysBefore: [Int]) -> Bool {
        daysLeft < 0 || reminderDaysBefore.contains { daysLeft <= $0 }
    }
}
