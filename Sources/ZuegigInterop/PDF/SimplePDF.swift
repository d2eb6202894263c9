// A small PDF writer: A4 pages of wrapped text in Helvetica with headings, real extractable text.
// It needs nothing installed; PDF/A output comes from an external renderer where one is available.
import Foundation

public struct SimplePDF: Sendable {
    public enum Block: Sendable, Hashable {
        case title(String)
        case heading(String)
        case paragraph(String)
        case bullet(String)
        case spacer
    }

    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block]) {
        self.title = title
        self.blocks = blocks
    }

    static let pageWidth = 595.0, pageHeight = 842.0, margin = 56.0

    struct Line {
        let text: String
        let size: Double
        let bold: Bool
        let indent: Double
        let gapBefore: Double
    }

    /// The finished file.
    public func render() -> Data {
        let pages = paginate(layout())
        var writer = ObjectWriter()
        let catalogID = 1, pagesID = 2, regularFontID = 3, boldFontID = 4, infoID = 5
        var pageIDs: [Int] = []
        var nextID = 6
        var pageObjects: [(Int, Int, [UInt8])] = []
        for lines in pages {
            let stream = contentStream(lines)
            pageObjects.append((nextID, nextID + 1, stream))
            pageIDs.append(nextID)
            nextID += 2
        }
        writer.object(catalogID, "<< /Type /Catalog /Pages \(pagesID) 0 R >>")
        writer.object(pagesID, "<< /Type /Pages /Kids [\(pageIDs.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageIDs.count) >>")
        writer.object(regularFontID, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        writer.object(boldFontID, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        writer.object(infoID, Array("<< /Title ".utf8) + WinAnsi.literal(title) + Array(" /Producer (Zuegig) >>".utf8))
        for (pageID, contentID, stream) in pageObjects {
            writer.object(pageID, "<< /Type /Page /Parent \(pagesID) 0 R /MediaBox [0 0 \(Int(Self.pageWidth)) \(Int(Self.pageHeight))] "
                + "/Resources << /Font << /F1 \(regularFontID) 0 R /F2 \(boldFontID) 0 R >> >> /Contents \(contentID) 0 R >>")
            writer.stream(contentID, stream)
        }
        return writer.finish(rootID: catalogID, infoID: infoID)
    }

    func layout() -> [Line] {
        let width = Self.pageWidth - 2 * Self.margin
        var lines: [Line] = []
        for block in blocks {
            switch block {
            case .title(let text):
                lines += wrap(text, size: 16, bold: true, indent: 0, width: width, gapBefore: 0)
            case .heading(let text):
                lines += wrap(text, size: 12, bold: true, indent: 0, width: width, gapBefore: 14)
            case .paragraph(let text):
                for (index, part) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    lines += wrap(String(part), size: 10.5, bold: false, indent: 0, width: width, gapBefore: index == 0 ? 6 : 0)
                }
            case .bullet(let text):
                var wrapped = wrap(text, size: 10.5, bold: false, indent: 14, width: width - 14, gapBefore: 3)
                if let first = wrapped.first {
                    wrapped[0] = Line(text: "– " + first.text, size: first.size, bold: false, indent: 4, gapBefore: first.gapBefore)
                }
                lines += wrapped
            case .spacer:
                lines.append(Line(text: "", size: 10.5, bold: false, indent: 0, gapBefore: 8))
            }
        }
        return lines
    }

    func wrap(_ text: String, size: Double, bold: Bool, indent: Double, width: Double, gapBefore: Double) -> [Line] {
        var lines: [Line] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if HelveticaMetrics.width(of: candidate, size: size, bold: bold) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(Line(text: current, size: size, bold: bold, indent: indent, gapBefore: lines.isEmpty ? gapBefore : 0))
                current = word
            }
        }
        lines.append(Line(text: current, size: size, bold: bold, indent: indent, gapBefore: lines.isEmpty ? gapBefore : 0))
        return lines
    }

    func paginate(_ lines: [Line]) -> [[(Line, Double)]] {
        var pages: [[(Line, Double)]] = [[]]
        var y = Self.pageHeight - Self.margin
        for line in lines {
            let advance = line.gapBefore + line.size * 1.35
            if y - advance < Self.margin {
                pages.append([])
                y = Self.pageHeight - Self.margin
            }
            y -= advance
            pages[pages.count - 1].append((line, y))
        }
        return pages
    }

    func contentStream(_ lines: [(Line, Double)]) -> [UInt8] {
        var stream: [UInt8] = []
        for (line, y) in lines where !line.text.isEmpty {
            let font = line.bold ? "F2" : "F1"
            stream += Array("BT /\(font) \(format(line.size)) Tf \(format(Self.margin + line.indent)) \(format(y)) Td ".utf8)
            stream += WinAnsi.literal(line.text)
            stream += Array(" Tj ET\n".utf8)
        }
        return stream
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// Writes numbered objects and the cross-reference table.
struct ObjectWriter {
    var data = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    var offsets: [Int: Int] = [:]

    mutating func object(_ id: Int, _ body: String) {
        object(id, Array(body.utf8))
    }

    mutating func object(_ id: Int, _ body: [UInt8]) {
        offsets[id] = data.count
        data.append(contentsOf: Array("\(id) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8))
    }

    mutating func stream(_ id: Int, _ content: [UInt8]) {
        object(id, Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
    }

    mutating func finish(rootID: Int, infoID: Int) -> Data {
        let xrefOffset = data.count
        let count = (offsets.keys.max() ?? 0) + 1
        var xref = "xref\n0 \(count)\n0000000000 65535 f \n"
        for id in 1..<count {
            xref += String(format: "%010d 00000 n \n", offsets[id] ?? 0)
        }
        xref += "trailer\n<< /Size \(count) /Root \(rootID) 0 R /Info \(infoID) 0 R >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        data.append(Data(xref.utf8))
        return data
    }
}
