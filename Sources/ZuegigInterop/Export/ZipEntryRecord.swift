// What the ZIP writer remembers about one entry, and the local and central headers it writes for it.
import Foundation

struct ZipEntryRecord: Sendable {
    let name: Data
    let checksum: UInt32
    let size: Int
    let localHeaderOffset: Int
    let isDirectory: Bool

    static let localHeaderSize = 30
    static let centralHeaderSize = 46
    /// Version 2.0: the usual value for plain entries and directories.
    static let versionNeeded: UInt16 = 20
    /// Made on Unix (3 in the high byte), so that readers apply the permissions below.
    static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// Bit 11: the name is UTF-8.
    static let flags: UInt16 = 1 << 11
    static let storedMethod: UInt16 = 0

    var centralSize: Int { Self.centralHeaderSize + name.count }

    /// Unix mode in the high half (regular file 0644 or directory 0755), the DOS directory bit in the low half.
    var externalAttributes: UInt32 {
        isDirectory ? UInt32(0o040755) << 16 | 0x10 : UInt32(0o100644) << 16
    }

    func localHeader(_ timestamp: DOSTimestamp) -> Data {
        var header = Data(capacity: Self.localHeaderSize + name.count)
        header.appendLittleEndian(UInt32(0x0403_4B50))
        header.appendLittleEndian(Self.versionNeeded)
        appendCommonFields(to: &header, timestamp)
        header.appendLittleEndian(UInt16(0)) // extra field length
        header.append(name)
        return header
    }

    func centralHeader(_ timestamp: DOSTimestamp) -> Data {
        var header = Data(capacity: centralSize)
        header.appendLittleEndian(UInt32(0x0201_4B50))
        header.appendLittleEndian(Self.versionMadeBy)
        header.appendLittleEndian(Self.versionNeeded)
        appendCommonFields(to: &header, timestamp)
        header.appendLittleEndian(UInt16(0)) // extra field length
        header.appendLittleEndian(UInt16(0)) // comment length
        header.appendLittleEndian(UInt16(0)) // disk number
        header.appendLittleEndian(UInt16(0)) // internal attributes
        header.appendLittleEndian(externalAttributes)
        header.appendLittleEndian(UInt32(truncatingIfNeeded: localHeaderOffset))
        header.append(name)
        return header
    }

    /// Flags through name length, identical in both headers. Values past 32 or 16 bits are cut
    /// here; `ZipArchiveWriter.finish()` refuses such archives before anyone sees them.
    private func appendCommonFields(to header: inout Data, _ timestamp: DOSTimestamp) {
        header.appendLittleEndian(Self.flags)
        header.appendLittleEndian(Self.storedMethod)
        header.appendLittleEndian(timestamp.time)
        header.appendLittleEndian(timestamp.date)
        header.appendLittleEndian(checksum)
        header.appendLittleEndian(UInt32(truncatingIfNeeded: size)) // compressed size: stored, so the same
        header.appendLittleEndian(UInt32(truncatingIfNeeded: size))
        header.appendLittleEndian(UInt16(truncatingIfNeeded: name.count))
    }
}
