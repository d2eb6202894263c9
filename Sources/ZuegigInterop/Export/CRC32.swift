// The CRC-32 checksum of ZIP and PNG (IEEE polynomial, reflected), computed with a lookup table.
import Foundation

public enum CRC32 {
    /// One entry per byte value, built once on first use.
    static let table: [UInt32] = (0...255).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
        }
        return value
    }

    public static func checksum(_ data: Data) -> UInt32 {
        let table = Self.table
        var crc: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
