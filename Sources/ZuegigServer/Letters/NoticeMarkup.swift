// The small line markup of rendered letters: "# " headings, "- " list items, paragraphs between.
import Foundation
import ZuegigInterop

enum NoticeMarkup {
    static func blocks(_ text: String, title: String) -> [SimplePDF.Block] {
        var blocks: [SimplePDF.Block] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: "\n"))) }
            paragraph = []
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("# ") {
                flush()
                let heading = String(line.dropFirst(2))
                blocks.append(blocks.isEmpty || heading == title ? .title(heading) : .heading(heading))
            } else if line.hasPrefix("- ") {
                flush()
                blocks.append(.bullet(String(line.dropFirst(2))))
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    /// Accessible HTML of the same blocks (escaped; no markup from the template reaches the page).
    static func html(_ blocks: [SimplePDF.Block]) -> String {
        var html = ""
        var inList = false
        for block in blocks {
            if case .bullet = block {} else if inList {
                html += "</ul>\n"
                inList = false
            }
            switch block {
            case .title(let text): html += "<h1>\(escape(text))</h1>\n"
            case .heading(let text): html += "<h2>\(escape(text))</h2>\n"
            case .paragraph(let text): html += "<p>\(text.split(separator: "\n").map { escape(String($0)) }.joined(separator: "<br>"))</p>\n"
            case .bullet(let text):
                if !inList { html += "<ul>\n"; inList = true }
                html += "<li>\(escape(text))</li>\n"
            case .spacer: html += "\n"
            }
        }
        if inList { html += "</ul>\n" }
        return html
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
