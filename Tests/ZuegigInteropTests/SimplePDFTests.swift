// The built-in PDF writer produces a valid file whose text pdftotext reads back, umlauts included.
import Foundation
import Testing
import ZuegigDomain
@testable import ZuegigInterop
import ZuegigTestSupport

struct SimplePDFTests {
    let pdf = SimplePDF(title: "Baugenehmigung BG-2026-00001", blocks: [
        .title("Baugenehmigung"),
        .paragraph("Aktenzeichen: BG-2026-00001"),
        .heading("Nebenbestimmungen"),
        .bullet("Die Zufahrt für die Feuerwehr (§ 5 MBO) ist dauerhaft freizuhalten – Größe: 3,50 m."),
        .paragraph(String(repeating: "Schöne grüße aus Müßighausen. ", count: 200)),
        .paragraph("Gebühr: 1.750,00 €"),
    ])

    @Test func writesAStructurallyValidFile() throws {
        let data = pdf.render()
        #expect(data.starts(with: Data("%PDF-1.4".utf8)))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("/Count 2"), "long text breaks onto a second page")
        #expect(DocumentFormat.detect(data) == .success(.pdf))
    }

    @Test func pdftotextReadsTheTextBack() throws {
        guard let output = try PDFText.extract(pdf.render()) else {
            #expect(!PDFText.isCI, "pdftotext (poppler-utils) must be installed in CI")
            return
        }
        #expect(output.contains("Aktenzeichen: BG-2026-00001"))
        #expect(output.contains("§ 5 MBO"))
        #expect(output.contains("Müßighausen"))
        #expect(output.contains("1.750,00 €"))
    }
}
