// Writes ZIP archives of uncompressed ("stored") entries: the container of .xlsx files and export bundles.
import Foundation

/// A ZIP writer without compression and without ZIP64.
///
/// Only the classic format is written, so an archive must stay under 4 GiB and hold fewer than
/// 65,535 entries. `add` takes every entry as given (paths use '/' and are not checked; a repeated
/// path is written twice); `finish()` throws `ZipArchiveError.tooLarge` rather than write an archive
/// whose sizes or offsets do not fit the classic 16- and 32-bit fields.
public struct ZipArchiveWriter: Sendable {
    /// 0xFFFF and 0xFFFFFFFF are kept free: in those fields they tell readers to look for ZIP64 records.
    static let maximumEntryCount = 0xFFFE
    static let maximumArchiveSize = 0xFFFF_FFFE
    static let maximumNameLength = 0xFFFF
    static let endRecordSize = 22

    private let timestamp: DOSTimestamp
    private var body = Data()
    private var entries: [ZipEntryRecord] = []

    /// `modified` becomes every entry's date and time, in UTC.
    public init(modified: Date = Date()) {
        timestamp = DOSTimestamp(modified)
    }

    /// Appends a file; a path ending in '/' is a directory entry and should come with empty data.
    public mutating func add(path: String, data: Data) {
        let entry = ZipEntryRecord(
            name: Data(path.utf8), checksum: CRC32.checksum(data), size: data.count,
            localHeaderOffset: body.count, isDirectory: path.hasSuffix("/")
        )
        body.append(entry.localHeader(timestamp))
        body.append(data)
        entries.append(entry)
    }

    /// The archive: the entries, the central directory and the end-of-central-directory record.
    public func finish() throws(ZipArchiveError) -> Data {
        let directorySize = entries.reduce(0) { $0 + $1.centralSize }
        let directoryOffset = body.count
        let archiveSize = directoryOffset + directorySize + Self.endRecordSize
        let longestName = entries.map(\.name.count).max() ?? 0
        guard Self.fitsClassicFormat(entryCount: entries.count, archiveSize: archiveSize, longestName: longestName) else {
            throw .tooLarge
        }
        var archive = Data(capacity: archiveSize)
        archive.append(body)
        for entry in entries {
            archive.append(entry.centralHeader(timestamp))
        }
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0)) // this disk
        archive.appendLittleEndian(UInt16(0)) // disk with the central directory
        archive.appendLittleEndian(UInt16(entries.count)) // entries on this disk
        archive.appendLittleEndian(UInt16(entries.count)) // entries in total
        archive.appendLittleEndian(UInt32(directorySize))
        archive.appendLittleEndian(UInt32(directoryOffset))
        archive.appendLittleEndian(UInt16(0)) // comment length
        return archive
    }

    /// Every size and offset is below the archive size, so checking that one covers them all.
    static func fitsClassicFormat(entryCount: Int, archiveSize: Int, longestName: Int) -> Bool {
        entryCount <= maximumEntryCount && archiveSize <= maximumArchiveSize && longestName <= maximumNameLength
    }
}
