// Classifies a document and extracts its fields, the kind guiding the extraction.
public struct DocumentAnalyzer: Sendable {
    public let classifier: DocumentClassifier
    public let extractor: FieldExtractor

    public init(classifier: DocumentClassifier, extractor: FieldExtractor? = nil) {
        self.classifier = classifier
        self.extractor = extractor ?? FieldExtractor(nameTagger: classifier.nameTagger, measureTagger: classifier.measureTagger)
    }

    public func analyse(pages: [String]) -> DocumentAnalysis {
        let classification = classifier.classify(pages: pages)
        let fields = extractor.extract(pages: pages, kind: classification.kind)
        return DocumentAnalysis(classification: classification, fields: fields)
    }
}
