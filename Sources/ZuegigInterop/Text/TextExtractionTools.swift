// Which text tools this machine has: pdftotext/pdfinfo/pdftoppm (poppler-utils) and tesseract
// with German language data. Found once at start-up; missing tools are reported, never faked.
import Foundation

public struct TextExtractionTools: Sendable {
    public let pdftotext: ExternalTool?
    public let pdfinfo: ExternalTool?
    public let pdftoppm: ExternalTool?
    public let tesseract: ExternalTool?
    /// The tesseract language string used, e.g. "deu" (empty when German data is missing).
    public let ocrLanguage: String

    public init(pdftotext: ExternalTool?, pdfinfo: ExternalTool?, pdftoppm: ExternalTool?, tesseract: ExternalTool?, ocrLanguage: String) {
        self.pdftotext = pdftotext
        self.pdfinfo = pdfinfo
        self.pdftoppm = pdftoppm
        self.tesseract = tesseract
        self.ocrLanguage = ocrLanguage
    }

    /// No tools at all (for tests of the degraded path).
    public static let none = TextExtractionTools(pdftotext: nil, pdfinfo: nil, pdftoppm: nil, tesseract: nil, ocrLanguage: "")

    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) async -> TextExtractionTools {
        // Tesseract's OpenMP threads cost far more than they gain on small pages (measured: one
        // page took 4.0 s with the default and 0.5 s with one thread on 2 cores).
        var tesseract = ExternalTool.find("tesseract", environment: environment)
        tesseract?.environment = ["OMP_THREAD_LIMIT": "1"]
        var language = ""
        if let tesseract, let result = try? await tesseract.run(["--list-langs"], timeout: 20) {
            let languages = String(decoding: result.output, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
            language = languages.contains("deu") ? "deu" : ""
        }
        return TextExtractionTools(
            pdftotext: ExternalTool.find("pdftotext", environment: environment),
            pdfinfo: ExternalTool.find("pdfinfo", environment: environment),
            pdftoppm: ExternalTool.find("pdftoppm", environment: environment),
            tesseract: language.isEmpty ? nil : tesseract,
            ocrLanguage: language
        )
    }

    public var canReadTextLayer: Bool { pdftotext != nil }
    public var canRecognise: Bool { tesseract != nil && pdftoppm != nil }

    /// German one-line summary for the ready check and the logs.
    public var summary: String {
        var parts: [String] = []
        parts.append(pdftotext == nil ? "pdftotext fehlt" : "pdftotext vorhanden")
        parts.append(tesseract == nil ? "tesseract (deu) fehlt" : "tesseract (deu) vorhanden")
        return parts.joined(separator: ", ")
    }
}
