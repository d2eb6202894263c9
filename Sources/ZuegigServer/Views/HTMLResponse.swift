// Turns a page into an HTTP response.
import Vapor

enum HTMLResponse {
    static func page(_ page: some Page, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: Layout.render(page)))
    }

    /// A stored file shown inline; the name in the header is reduced to safe ASCII characters.
    static func file(_ data: Data, mediaType: String, fileName: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: mediaType)
        let safeName = String(fileName.map { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) ? $0 : "_" }.prefix(100))
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(safeName.isEmpty ? "datei" : safeName)\"")
        return response
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: ["Location": location])
    }
}
