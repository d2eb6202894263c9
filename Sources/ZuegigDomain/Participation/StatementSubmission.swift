// What someone sends through the public form, checked against the limits before anything is
// stored: text length, optional contact data, attachments (count, size, type from the bytes) and
// the spam guard (an empty honeypot field and a plausible time between showing and sending the form).
import Foundation

public struct StatementSubmission: Sendable {
    public struct Attachment: Sendable {
        public var fileName: String
        public var data: Data

        public init(fileName: String, data: Data) {
            self.fileName = fileName
            self.data = data
        }
    }

    public struct Limits: Sendable, Hashable {
        public var minTextLength = 10
        public var maxTextLength = 20_000
        public var maxNameLength = 200
        public var maxAddressLength = 300
        public var maxAttachments = 3
        public var maxAttachmentBytes = 10 * 1_048_576
        /// A person needs a few seconds to write even a short statement; bots send at once.
        public var minSecondsOnForm: TimeInterval = 3
        /// A form shown longer ago than this is stale (its token is no longer accepted).
        public var maxSecondsOnForm: TimeInterval = 24 * 3_600

        public init() {}
    }

    /// A checked attachment: its detected format.
    public struct CheckedAttachment: Sendable {
        public var fileName: String
        public var format: DocumentFormat
        public var data: Data

        public init(fileName: String, format: DocumentFormat, data: Data) {
            self.fileName = fileName
            self.format = format
            self.data = data
        }
    }

    public enum SpamVerdict: Sendable, Hashable {
        case human
        /// The hidden field was filled or the form came back too fast.
        case automated
        /// The form was shown too long ago (or its token is unreadable); the sender should reload it.
        case stale
    }

    public var text: String
    public var name: String?
    public var address: String?
    public var email: String?
    public var attachments: [Attachment]

    public init(text: String, name: String? = nil, address: String? = nil, email: String? = nil, attachments: [Attachment] = []) {
        self.text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        self.name = Self.blankToNil(name)
        self.address = Self.blankToNil(address)
        self.email = Self.blankToNil(email)
        self.attachments = attachments.filter { !$0.data.isEmpty || !$0.fileName.isEmpty }
    }

    static func blankToNil(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// German messages per form field; empty when everything is within the limits.
    public func problems(limits: Limits = Limits()) -> [String: [String]] {
        var problems: [String: [String]] = [:]
        func report(_ field: String, _ message: String) { problems[field, default: []].append(message) }
        let length = text.count
        if length < limits.minTextLength {
            report("text", "Bitte schreiben Sie Ihre Stellungnahme (mindestens \(limits.minTextLength) Zeichen).")
        } else if length > limits.maxTextLength {
            report("text", "Die Stellungnahme ist \(length) Zeichen lang; höchstens \(limits.maxTextLength) sind möglich. Längere Ausführungen können Sie als PDF anhängen.")
        }
        if let name, name.count > limits.maxNameLength { report("name", "Der Name darf höchstens \(limits.maxNameLength) Zeichen lang sein.") }
        if let address, address.count > limits.maxAddressLength { report("address", "Die Anschrift darf höchstens \(limits.maxAddressLength) Zeichen lang sein.") }
        if let email, !Self.isPlausibleEmail(email) { report("email", "Die E-Mail-Adresse ist ungültig.") }
        if attachments.count > limits.maxAttachments {
            report("attachments", "Höchstens \(limits.maxAttachments) Anlagen sind möglich.")
        }
        for attachment in attachments {
            if attachment.data.count > limits.maxAttachmentBytes {
                report("attachments", "Die Anlage „\(attachment.fileName)“ ist größer als \(limits.maxAttachmentBytes / 1_048_576) MB.")
            } else if case .failure(let problem) = DocumentFormat.detect(attachment.data) {
                report("attachments", "Anlage „\(attachment.fileName)“: \(problem.germanMessage)")
            }
        }
        return problems
    }

    /// The attachments with their formats, once `problems` is empty.
    public var checkedAttachments: [CheckedAttachment] {
        attachments.compactMap { attachment in
            guard case .success(let format) = DocumentFormat.detect(attachment.data) else { return nil }
            return CheckedAttachment(fileName: attachment.fileName, format: format, data: attachment.data)
        }
    }

    public static func isPlausibleEmail(_ email: String) -> Bool {
        guard email.count <= 254, !email.contains(where: { $0.isWhitespace }) else { return false }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return true
    }

    /// The spam guard: `honeypot` is a field people do not see; `shownAt` comes from the signed form token.
    public static func spamVerdict(honeypot: String?, shownAt: Date?, now: Date, limits: Limits = Limits()) -> SpamVerdict {
        if let honeypot, !honeypot.isEmpty { return .automated }
        guard let shownAt else { return .stale }
        let seconds = now.timeIntervalSince(shownAt)
        if seconds < limits.minSecondsOnForm { return .automated }
        if seconds > limits.maxSecondsOnForm { return .stale }
        return .human
    }
}
