// Produces the PDF of a letter: WeasyPrint (PDF/A-3b for the e-file) where installed, else the built-in
// writer. The result says which one made it; nothing pretends to be PDF/A when it is not.
import Foundation
import ZuegigInterop

public struct PDFRendering: Sendable {
    public struct Output: Sendable {
        public let data: Data
        /// e.g. "WeasyPrint, PDF/A-3b" or "eingebauter PDF-Schreiber (kein PDF/A)".
        public let producer: String
    }

    public var render: @Sendable (_ html: String, _ fallback: SimplePDF) async -> Output

    public static let builtIn = PDFRendering { _, fallback in
        Output(data: fallback.render(), producer: "eingebauter PDF-Schreiber (kein PDF/A)")
    }

    /// Uses WeasyPrint at `path` (or found on the PATH) and falls back to the built-in writer if it fails.
    public static func live(weasyprintPath: String?) -> PDFRendering {
        if weasyprintPath == "0" { return .builtIn }
        guard let tool = weasyprintPath ?? findOnPath("weasyprint") else { return .builtIn }
        return PDFRendering { html, fallback in
            if let data = try? await runWeasyPrint(tool, html: html) {
                return Output(data: data, producer: "WeasyPrint, PDF/A-3b")
            }
            return Output(data: fallback.render(), producer: "eingebauter PDF-Schreiber (kein PDF/A; WeasyPrint fehlgeschlagen)")
        }
    }

    static func findOnPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func runWeasyPrint(_ tool: String, html: String) async throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("notice.html"), output = folder.appendingPathComponent("notice.pdf")
        try Data(html.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--pdf-variant", "pdf/a-3b", input.path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path), data.starts(with: Data("%PDF".utf8)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return data
    }
}
