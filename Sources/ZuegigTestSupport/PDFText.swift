// Reads a PDF's text with pdftotext, as users' tools would; absent tools skip only outside CI.
import Foundation

public enum PDFText {
    public static var tool: String? {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The text, or nil when pdftotext is not installed (callers must fail in CI, see `isCI`).
    public static func extract(_ pdf: Data) throws -> String? {
        guard let tool else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zuegig-\(UUID().uuidString).pdf")
        try pdf.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [file.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? text : nil
    }
}
