// Turns a page into an HTTP response.
import Vapor

enum HTMLResponse {
    static func page(_ page: some Page, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: Layout.render(page)))
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: ["Location": location])
    }
}
