// `zuegig documents ...` as an operator runs it: JSON out for real PDFs (pdftotext), text files and
// broken files, and the completeness check against a procedure file.
import Foundation
import Testing
import ZuegigTestSupport

struct DocumentCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func json(_ output: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(output.utf8))
    }

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func classifyExtractAndCheckPrintJSON() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = dir.appendingPathComponent("vollmacht.txt")
        try """
            Vollmacht
            Hiermit bevollmächtige ich, Karla Mendes (Bauherrin), Frau Architektin Dipl.-Ing. Ilse Brandt,
            mich im Baugenehmigungsverfahren für das Grundstück Ulmenweg 9, 54321 Beispielhausen,
            gegenüber der Bauaufsichtsbehörde zu vertreten, Anträge zu stellen und Bescheide entgegenzunehmen.
            Gemarkung Talheim, Flur 4, Flurstück 210/3
            Ort, Datum, Unterschrift der Vollmachtgeberin
            """.write(to: text, atomically: true, encoding: .utf8)
        let broken = dir.appendingPathComponent("kaputt.pdf")
        try Data("%PDF-1.7\n1 0 obj".utf8).write(to: broken)
        let model = Self.root.appendingPathComponent("Models/document-classifier.json").path

        let classified = try CommandTests.run(["documents", "classify", "--model", model, text.path], dataDirectory: dir.path)
        #expect(classified.status == 0, "\(classified.output)")
        let classes = try #require(try json(classified.output) as? [[String: Any]])
        let classification = try #require(classes.first?["classification"] as? [String: Any])
        #expect(classification["bestGuess"] as? String == "vollmacht")
        #expect((classification["decisiveTerms"] as? [String])?.isEmpty == false)

        let extracted = try CommandTests.run(["documents", "extract", "--model", model, text.path], dataDirectory: dir.path)
        let fields = try #require((try json(extracted.output) as? [[String: Any]])?.first?["fields"] as? [[String: Any]])
        #expect(fields.contains { $0["field"] as? String == "flurstueck" && $0["value"] as? String == "210/3" && $0["page"] as? Int == 1 })

        let failed = try CommandTests.run(["documents", "classify", "--model", model, broken.path], dataDirectory: dir.path)
        #expect(failed.status == 1)
        #expect(failed.output.contains("beschädigt"))

        let checked = try CommandTests.run(["documents", "check", "--model", model, "--procedure", "mbo-regulaer", "--building-class", "4", text.path], dataDirectory: dir.path)
        #expect(checked.status == 0, "\(checked.output)")
        let report = try #require((try json(checked.output) as? [String: Any])?["report"] as? [String: Any])
        let missing = try #require(report["missing"] as? [[String: Any]]).compactMap { $0["kind"] as? String }
        #expect(missing.contains("lageplan") && missing.contains("standsicherheitsnachweis"))
        #expect((report["deficiencyDraft"] as? String)?.contains("Standsicherheitsnachweis") == true)
    }

    @Test func pdfsGoThroughPdftotext() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            if PDFText.isCI { Issue.record("pdftotext is required in CI") }
            return
        }
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A PDF written by hand: one page with a text layer.
        let content = "BT /F1 12 Tf 72 760 Td (Entwaesserungsplan Schmutzwasser Regenwasser Revisionsschacht Grundleitung DN 150) Tj ET"
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        pdf += "trailer << /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        let file = dir.appendingPathComponent("plan.pdf")
        try Data(pdf.utf8).write(to: file)
        let result = try CommandTests.run(["documents", "classify", "--model", Self.root.appendingPathComponent("Models/document-classifier.json").path, file.path], dataDirectory: dir.path)
        #expect(result.status == 0, "\(result.output)")
        let entry = try #require((try json(result.output) as? [[String: Any]])?.first)
        let text = try #require(entry["text"] as? [String: Any])
        #expect(text["status"] as? String == "available")
        #expect((text["pages"] as? [[String: Any]])?.first?["method"] as? String == "textLayer")
        #expect((entry["classification"] as? [String: Any])?["bestGuess"] as? String == "entwaesserungsplan")
    }
}
