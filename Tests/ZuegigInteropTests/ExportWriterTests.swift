// The export writers: CSV quoting and injection guard, CRC-32, ZIP archives read back, and .xlsx parts.
import Foundation
import Testing
@testable import ZuegigInterop

struct ExportWriterTests {
    // MARK: CSV

    @Test(arguments: [
        ("plain", "plain"),
        ("a;b", "\"a;b\""),
        ("sagt \"Ja\"", "\"sagt \"\"Ja\"\"\""),
        ("Zeile 1\nZeile 2", "\"Zeile 1\nZeile 2\""),
        ("Zeile 1\r\nZeile 2", "\"Zeile 1\r\nZeile 2\""),
        ("nur\rCR", "\"nur\rCR\""),
        ("a,b", "a,b"),
        ("", ""),
    ])
    func csvQuotesOnlyWhatNeedsIt(field: String, expected: String) {
        #expect(CSVWriter.field(field, delimiter: ";") == expected)
    }

    @Test func csvDocumentHasBOMAndCRLF() {
        let data = CSVWriter.document(header: ["Aktenzeichen", "Bemerkung"], rows: [["BG-1", "Größe; \"ca.\""], ["BG-2", ""]])
        let expected = "Aktenzeichen;Bemerkung\r\nBG-1;\"Größe; \"\"ca.\"\"\"\r\nBG-2;\r\n"
        #expect(data == Data([0xEF, 0xBB, 0xBF]) + Data(expected.utf8))
    }

    @Test func csvWithoutBOMAndWithComma() {
        let data = CSVWriter.document(header: [], rows: [["a,b", "c;d"], [""]], delimiter: ",", byteOrderMark: false)
        #expect(String(decoding: data, as: UTF8.self) == "\"a,b\",c;d\r\n\"\"\r\n")
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+49 30 1234567", "'+49 30 1234567"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("-", "'-"),
        ("-3.", "'-3."),
        ("-3,5,1", "'-3,5,1"),
        ("-1.234,5", "'-1.234,5"),
        ("-3", "-3"),
        ("-3,5", "-3,5"),
        ("+3.25", "+3.25"),
        ("12", "12"),
        ("a=b", "a=b"),
    ])
    func csvNeutralisesFormulasButNotNumbers(field: String, expected: String) {
        #expect(CSVWriter.neutralised(field) == expected)
    }

    @Test func csvNeutralisesBeforeQuoting() {
        #expect(CSVWriter.field("=1;2", delimiter: ";") == "\"'=1;2\"")
        #expect(CSVWriter.field("\r\nx", delimiter: ";") == "\"'\r\nx\"")
    }

    // MARK: CRC-32

    @Test(arguments: [
        ("123456789", UInt32(0xCBF4_3926)),
        ("", UInt32(0)),
        ("The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
    ])
    func crc32MatchesKnownValues(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Data(text.utf8)) == expected)
    }

    // MARK: ZIP

    @Test func zipReadsBackWithNamesSizesChecksumsAndContents() throws {
        let binary = Data((0..<1000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let files: [(String, Data)] = [
            ("Anträge/Übersicht.txt", Data("Grüße aus Musterstadt\n".utf8)),
            ("leer.txt", Data()),
            ("Anträge/", Data()),
            ("daten.bin", binary),
        ]
        var writer = ZipArchiveWriter(modified: Date(timeIntervalSince1970: 1_773_585_042)) // 2026-03-15 14:30:42 UTC
        for (path, data) in files { writer.add(path: path, data: data) }

        let entries = try ZipReader(try writer.finish()).entries()

        #expect(entries.map(\.name) == files.map(\.0))
        for (entry, (_, data)) in zip(entries, files) {
            #expect(entry.data == data)
            #expect(entry.size == data.count)
            #expect(entry.checksum == CRC32.checksum(data))
            #expect(entry.flags & 0x0800 != 0, "UTF-8 name flag")
            #expect(entry.method == 0)
            #expect(entry.date == (2026 - 1980) << 9 | 3 << 5 | 15)
            #expect(entry.time == 14 << 11 | 30 << 5 | 21)
        }
        #expect(entries[1].checksum == 0)
        #expect(entries[3].checksum == CRC32.checksum(binary) && entries[3].checksum != 0)
    }

    @Test func emptyZipIsJustTheEndRecord() throws {
        let archive = try ZipArchiveWriter().finish()
        #expect(archive == Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)))
    }

    @Test func dosTimestampIsClampedToItsRange() {
        let before = DOSTimestamp(Date(timeIntervalSince1970: 0))
        #expect(before.date == 1 << 5 | 1 && before.time == 0)
        let after = DOSTimestamp(Date(timeIntervalSince1970: 5_000_000_000)) // 2128
        #expect(after.date == 127 << 9 | 12 << 5 | 31)
    }

    @Test(arguments: [
        (0xFFFE, 0xFFFF_FFFE, 0xFFFF, true),
        (0xFFFF, 100, 10, false),
        (1, 0xFFFF_FFFF, 10, false),
        (1, 100, 0x1_0000, false),
    ])
    func zipClassicLimits(entries: Int, size: Int, name: Int, fits: Bool) {
        #expect(ZipArchiveWriter.fitsClassicFormat(entryCount: entries, archiveSize: size, longestName: name) == fits)
    }

    @Test func zipRefusesTooManyEntriesAndTooLongNames() throws {
        var writer = ZipArchiveWriter()
        for index in 0..<0xFFFE { writer.add(path: "f\(index)", data: Data()) }
        let full = try writer.finish()
        #expect(try ZipReader(full).entries().count == 0xFFFE)
        writer.add(path: "one-too-many", data: Data())
        #expect(throws: ZipArchiveError.tooLarge) { try writer.finish() }

        var longName = ZipArchiveWriter()
        longName.add(path: String(repeating: "a", count: 0x1_0000), data: Data())
        #expect(throws: ZipArchiveError.tooLarge) { try longName.finish() }
    }

    // MARK: XLSX

    @Test func workbookHasAllPartsAndEscapedCells() throws {
        var wide: [SpreadsheetCell] = Array(repeating: .empty, count: 26)
        wide.append(.text("Spalte 27"))
        let sheet = SpreadsheetSheet(
            name: "Anträge",
            columns: [.init(title: "Aktenzeichen", width: 18), .init(title: "Bemerkung", width: 10), .init(title: "Betrag")],
            rows: [
                [.text("BG-2026-00001"), .text("<b>Tom & \"Jerry\" 's</b>"), .number(1750.5)],
                [.text("a\u{0}b\u{1F}c\u{7}d\u{FFFE}"), .text("Zeile 1\r\nZeile 2"), .number(3)],
                [.text(" eingerückt"), .empty, .number(.nan)],
                wide,
            ]
        )

        let parts = try Self.parts(of: try SpreadsheetWriter.workbook([sheet], modified: Date(timeIntervalSince1970: 1_773_585_042)))

        #expect(parts.keys.sorted() == [
            "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml",
            "xl/worksheets/sheet1.xml",
        ])
        let xml = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(xml.contains(#"<c r="B2" s="2" t="inlineStr"><is><t>&lt;b&gt;Tom &amp; &quot;Jerry&quot; &apos;s&lt;/b&gt;</t></is></c>"#))
        #expect(xml.contains(#"<c r="A3" t="inlineStr"><is><t>abcd</t></is></c>"#))
        #expect(xml.contains(#"<t xml:space="preserve">Zeile 1"# + "\n" + "Zeile 2</t>"))
        #expect(xml.contains(#"<t xml:space="preserve"> eingerückt</t>"#))
        #expect(xml.contains(#"<c r="C2"><v>1750.5</v></c>"#))
        #expect(xml.contains(#"<c r="C3"><v>3</v></c>"#))
        #expect(xml.contains(#"<c r="C4" t="e"><v>#NUM!</v></c>"#))
        #expect(xml.contains(#"<c r="AA5" t="inlineStr"><is><t>Spalte 27</t></is></c>"#))
        #expect(!xml.contains(#"r="Z5""#), "empty cells are left out")
        #expect(xml.contains(#"<c r="A1" s="1" t="inlineStr"><is><t>Aktenzeichen</t></is></c>"#))
        #expect(xml.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(xml.contains(#"<autoFilter ref="A1:AA5"/>"#))
        #expect(xml.contains(#"<dimension ref="A1:AA5"/>"#))
        #expect(xml.contains(#"<cols><col min="1" max="1" width="18" customWidth="1"/><col min="2" max="2" width="10" customWidth="1"/></cols>"#))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Anträge&apos;!$A$1:$AA$5</definedName>"#))
        #expect(try #require(parts["[Content_Types].xml"]).contains(#"PartName="/xl/worksheets/sheet1.xml""#))
    }

    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
    func columnLetters(number: Int, letters: String) {
        #expect(SpreadsheetReference.column(number) == letters)
    }

    @Test func sheetNamesAreSanitisedAndUnique() {
        let names = SpreadsheetSheetNames.assign([
            "Anträge [2026/27]: offen? *alle* \\ und noch mehr",
            "Liste", "liste", "",
            "'Zitat'", "History",
            String(repeating: "x", count: 40), String(repeating: "x", count: 35),
            "Tab\u{0}\u{9}elle",
        ])
        #expect(names == [
            "Anträge _2026_27__ offen_ _alle",
            "Liste", "liste (2)", "Tabelle4",
            "Zitat", "History (2)",
            String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)",
            "Tabelle",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func sanitisedSheetNamesReachTheWorkbook() throws {
        let sheets = [SpreadsheetSheet(name: "A/B & C", columns: [], rows: []), SpreadsheetSheet(name: "a_b & c", columns: [], rows: [])]

        let workbook = try #require(try Self.parts(of: try SpreadsheetWriter.workbook(sheets))["xl/workbook.xml"])

        #expect(workbook.contains(#"<sheet name="A_B &amp; C" sheetId="1" r:id="rId1"/>"#))
        #expect(workbook.contains(#"<sheet name="a_b &amp; c (2)" sheetId="2" r:id="rId2"/>"#))
        #expect(!workbook.contains("definedName"), "no header, no filter")
    }

    @Test func longCellTextIsCutWithEllipsis() {
        let value = SpreadsheetText.cellValue(String(repeating: "ä", count: 40_000))
        #expect(value.utf16.count == 32_767)
        #expect(value.hasSuffix("ä…"))
        #expect(SpreadsheetText.cellValue(String(repeating: "a", count: 32_767)).hasSuffix("aaa"))
        #expect(SpreadsheetText.truncated("😀😀😀", limit: 4) == "😀…", "a surrogate pair is never split")
    }

    @Test func lineBreaksBecomeLineFeeds() {
        #expect(SpreadsheetText.cellValue("a\r\nb\rc\nd") == "a\nb\nc\nd")
    }

    @Test func columnWidthsAreClampedOrLeftOut() throws {
        let columns: [SpreadsheetSheet.Column] = [.init(title: "A", width: 300), .init(title: "B", width: .infinity), .init(title: "C", width: 8.5)]

        let parts = try Self.parts(of: try SpreadsheetWriter.workbook([SpreadsheetSheet(name: "Breiten", columns: columns, rows: [])]))

        let xml = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(xml.contains(#"<cols><col min="1" max="1" width="255" customWidth="1"/><col min="3" max="3" width="8.5" customWidth="1"/></cols>"#))
    }

    @Test func literalCharacterCodesAreProtected() {
        #expect(SpreadsheetText.escaped("Feld_x0041_ und _x00_") == "Feld_x005F_x0041_ und _x00_")
    }

    @Test func workbookErrors() {
        #expect(throws: SpreadsheetError.noSheets) { try SpreadsheetWriter.workbook([]) }
        let wide = SpreadsheetSheet(name: "Breit", columns: [], rows: [Array(repeating: .number(1), count: 16_385)])
        #expect(throws: SpreadsheetError.tooManyColumns(sheet: "Breit", count: 16_385)) { try SpreadsheetWriter.workbook([wide]) }
        let long = SpreadsheetSheet(name: "Lang", columns: [.init(title: "A")], rows: Array(repeating: [], count: 1_048_576))
        #expect(throws: SpreadsheetError.tooManyRows(sheet: "Lang", count: 1_048_577)) { try SpreadsheetWriter.workbook([long]) }
    }

    static func parts(of workbook: Data) throws -> [String: String] {
        var parts: [String: String] = [:]
        for entry in try ZipReader(workbook).entries() { parts[entry.name] = String(decoding: entry.data, as: UTF8.self) }
        return parts
    }

    /// An independent reader of stored ZIP archives: the end record, the central directory, and each
    /// local header, which must agree with its central entry.
    struct ZipReader {
        struct Entry {
            let name: String, flags: Int, method: Int, time: Int, date: Int, checksum: UInt32, size: Int, data: Data
        }

        let bytes: [UInt8]

        init(_ archive: Data) { bytes = [UInt8](archive) }

        func entries() throws -> [Entry] {
            let end = bytes.count - 22
            try #require(end >= 0, "room for an end record")
            try #require(try value(end, 4) == 0x0605_4B50, "end of central directory record")
            let count = try value(end + 10, 2)
            let directorySize = try value(end + 12, 4)
            var offset = try value(end + 16, 4)
            #expect(offset + directorySize == end)
            #expect(try value(end + 8, 2) == count)
            var entries: [Entry] = []
            for _ in 0..<count {
                try #require(try value(offset, 4) == 0x0201_4B50, "central directory header")
                let nameLength = try value(offset + 28, 2)
                let extraLength = try value(offset + 30, 2)
                let commentLength = try value(offset + 32, 2)
                let central = try Array(slice(offset + 10, 16))
                let name = try slice(offset + 46, nameLength)
                let entry = try localEntry(at: value(offset + 42, 4), central: central, name: name, size: value(offset + 24, 4))
                #expect(try value(offset + 8, 2) == entry.flags)
                entries.append(entry)
                offset += 46 + nameLength + extraLength + commentLength
            }
            #expect(offset == end, "central directory fully read")
            return entries
        }

        /// Checks the local header against the central directory's method, time, date, CRC and sizes.
        private func localEntry(at offset: Int, central: [UInt8], name: ArraySlice<UInt8>, size: Int) throws -> Entry {
            try #require(try value(offset, 4) == 0x0403_4B50, "local file header")
            #expect(try Array(slice(offset + 8, 16)) == central)
            let nameLength = try value(offset + 26, 2)
            #expect(try slice(offset + 30, nameLength) == name)
            #expect(try value(offset + 18, 4) == size, "stored: compressed size equals size")
            let start = try offset + 30 + nameLength + value(offset + 28, 2)
            return try Entry(
                name: String(decoding: name, as: UTF8.self), flags: value(offset + 6, 2), method: value(offset + 8, 2),
                time: value(offset + 10, 2), date: value(offset + 12, 2), checksum: UInt32(value(offset + 14, 4)),
                size: size, data: Data(slice(start, size))
            )
        }

        private func slice(_ offset: Int, _ length: Int) throws -> ArraySlice<UInt8> {
            try #require(offset >= 0 && length >= 0 && offset + length <= bytes.count, "inside the archive")
            return bytes[offset..<(offset + length)]
        }

        /// A little-endian unsigned integer of `size` bytes.
        private func value(_ offset: Int, _ size: Int) throws -> Int {
            try slice(offset, size).reversed().reduce(0) { $0 << 8 | Int($1) }
        }
    }
}
