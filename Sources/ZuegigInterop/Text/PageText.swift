// The text of one page and how it was obtained.
public struct PageText: Sendable, Codable, Hashable {
    public enum Method: String, Sendable, Codable, Hashable {
        /// Read from the PDF's text layer (pdftotext).
        case textLayer
        /// Recognised from the image (tesseract).
        case ocr
        /// Not read: the needed tool is missing or failed.
        case none
    }

    public let page: Int
    public let method: Method
    public let text: String

    public init(page: Int, method: Method, text: String) {
        self.page = page
        self.method = method
        self.text = text
    }
}
