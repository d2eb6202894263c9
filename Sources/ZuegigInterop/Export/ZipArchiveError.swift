// Why a ZIP archive could not be finished.

public enum ZipArchiveError: Error, Sendable, Hashable {
    /// The archive would need ZIP64: 65,535 entries or more, 4 GiB or more, or an entry name longer than 65,535 bytes.
    case tooLarge
}
