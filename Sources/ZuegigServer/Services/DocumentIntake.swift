// The document intake's tools: text extraction (pdftotext, tesseract) and the classifier model,
// found and loaded once at start-up. Missing parts are reported, never faked.
import Foundation
import Logging
import ZuegigAI
import ZuegigInterop

public struct DocumentIntake: Sendable {
    public let tools: TextExtractionTools
    public let analyzer: DocumentAnalyzer?
    /// What the stored analyses name as their model (file name and training provenance).
    public let modelName: String
    /// German reason when there is no model.
    public let modelProblem: String?

    public init(tools: TextExtractionTools, analyzer: DocumentAnalyzer?, modelName: String, modelProblem: String?) {
        self.tools = tools
        self.analyzer = analyzer
        self.modelName = modelName
        self.modelProblem = modelProblem
    }

    public static func load(config: AppConfig, logger: Logger) async -> DocumentIntake {
        let tools = config.textToolsEnabled ? await cache.tools() : .none
        logger.info("text tools: \(tools.summary)", metadata: ["component": "intake"])
        guard let data = FileManager.default.contents(atPath: config.documentModelPath) else {
            let problem = "Klassifikationsmodell \(config.documentModelPath) nicht gefunden; Vorschläge sind abgeschaltet."
            logger.warning("\(problem)", metadata: ["component": "intake"])
            return DocumentIntake(tools: tools, analyzer: nil, modelName: "kein Modell", modelProblem: problem)
        }
        do {
            let model = try cache.model(path: config.documentModelPath, data: data)
            let name = "\((config.documentModelPath as NSString).lastPathComponent) (\(model.provenance["trainingDocuments"] ?? "?") Trainingsdokumente, Korpus \(model.provenance["corpusDigest"] ?? "?"))"
            return DocumentIntake(tools: tools, analyzer: DocumentAnalyzer(classifier: model), modelName: name, modelProblem: nil)
        } catch {
            let problem = "Klassifikationsmodell nicht lesbar: \(error)"
            logger.error("\(problem)", metadata: ["component": "intake"])
            return DocumentIntake(tools: tools, analyzer: nil, modelName: "kein Modell", modelProblem: problem)
        }
    }
}

/// Tools and models are the same for every app in a process (tests configure many apps).
final class IntakeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var located: TextExtractionTools?
    private var models: [String: DocumentClassifier] = [:]

    func tools() async -> TextExtractionTools {
        if let located = lock.withLock({ self.located }) { return located }
        let found = await TextExtractionTools.locate()
        lock.withLock { located = found }
        return found
    }

    func model(path: String, data: Data) throws -> DocumentClassifier {
        let key = "\(path):\(data.count):\(data.hashValue)"
        if let model = lock.withLock({ models[key] }) { return model }
        let model = try DocumentClassifier.load(from: data)
        lock.withLock { models[key] = model }
        return model
    }
}

extension DocumentIntake {
    static let cache = IntakeCache()
}
