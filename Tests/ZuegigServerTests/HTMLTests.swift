// German pages: layout landmarks, the login flow with CSRF, the inbox, errors.
import Foundation
import Testing
import Vapor
import VaporTesting
@testable import ZuegigServer

struct HTMLTests {
    /// A tiny browser: keeps cookies between requests.
    final class Browser: @unchecked Sendable {
        let app: Application
        var cookies: [String: String] = [:]

        init(_ app: Application) { self.app = app }

        func request(_ method: HTTPMethod, _ path: String, form: [String: String]? = nil, raw: Data? = nil, contentType: String? = nil) async throws -> TestingHTTPResponse {
            var headers = HTTPHeaders()
            if !cookies.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
            var body = ByteBuffer()
            if let raw, let contentType {
                headers.replaceOrAdd(name: .contentType, value: contentType)
                body = ByteBuffer(data: raw)
            }
            if let form {
                headers.contentType = .urlEncodedForm
                let encoded = form.map { key, value in
                    "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
                }.joined(separator: "&")
                body = ByteBuffer(string: encoded)
            }
            let response = try await app.testing().performTest(request: TestingHTTPRequest(method: method, url: URI(path: path), headers: headers, body: body))
            for header in response.headers[.setCookie] {
                guard let pair = header.split(separator: ";").first, let equals = pair.firstIndex(of: "=") else { continue }
                let name = String(pair[..<equals]), value = String(pair[pair.index(after: equals)...])
                if value.isEmpty { cookies.removeValue(forKey: name) } else { cookies[name] = value }
            }
            return response
        }

        func csrfToken(from page: TestingHTTPResponse) -> String? {
            let html = page.body.string
            guard let range = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
            return String(html[range.upperBound...].prefix { $0 != "\"" })
        }

        func logIn(_ email: String) async throws -> TestingHTTPResponse {
            let form = try await request(.GET, "/anmelden")
            let token = try #require(csrfToken(from: form))
            return try await request(.POST, "/anmelden", form: ["username": email, "password": "zuegig-demo", "_csrf": token])
        }
    }

    @Test func loginPageIsGermanWithLandmarksAndLabels() async throws {
        try await TestApp.run { app in
            let html = try await app.get("/anmelden").body.string
            for fragment in ["<html lang=\"de\">", "<header", "<nav aria-label=\"Hauptnavigation\"", "<main id=\"inhalt\"", "<footer",
                             "Zum Inhalt springen", "<label for=\"username\">E-Mail-Adresse</label>", "<label for=\"password\">Passwort</label>",
                             "<h1>Anmelden</h1>"] {
                #expect(html.contains(fragment), "missing \(fragment)")
            }
            #expect(!html.contains("<script"), "pages work without JavaScript")
        }
    }

    @Test func caseWorkerLogsInAndSeesTheInboxOfTheirAuthority() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            let login = try await browser.logIn("sachbearbeitung@demo.zuegig.de")
            #expect(login.status == .seeOther)
            #expect(login.headers.first(name: .location) == "/vorgaenge")
            let cookie = try #require(login.headers[.setCookie].first { $0.hasPrefix("zuegig_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("Secure") && cookie.contains("SameSite=Lax"))

            let inbox = try await browser.request(.GET, "/vorgaenge").body.string
            #expect(inbox.contains("<h1>Posteingang</h1>"))
            #expect(inbox.contains("Bauaufsicht Musterstadt (Demo)"))
            #expect(inbox.contains("BG-\(Calendar.current.component(.year, from: Date()))-00001"))
            #expect(!inbox.contains("Doppelhaushälfte"), "another authority's case")
            #expect(!inbox.contains("Carport"), "a draft")
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefusedInGerman() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            _ = try await browser.request(.GET, "/anmelden")
            let response = try await browser.request(.POST, "/anmelden", form: ["username": "sachbearbeitung@demo.zuegig.de", "password": "zuegig-demo"])
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Formular abgelaufen"))
            #expect(!response.headers[.setCookie].contains { $0.hasPrefix("zuegig_session=") })
        }
    }

    @Test func wrongPasswordShowsAGermanMessageOnTheForm() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            let form = try await browser.request(.GET, "/anmelden")
            let response = try await browser.request(.POST, "/anmelden", form: ["username": "leitung@demo.zuegig.de", "password": "falsch", "_csrf": try #require(browser.csrfToken(from: form))])
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("E-Mail-Adresse oder Passwort ist falsch."))
            #expect(response.body.string.contains("role=\"alert\""))
        }
    }

    @Test func navigationFollowsTheRoleAndLogoutEndsTheSession() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            _ = try await browser.logIn("leitung@demo.zuegig.de")
            let inbox = try await browser.request(.GET, "/vorgaenge")
            #expect(inbox.body.string.contains("href=\"/protokoll\""))
            let audit = try await browser.request(.GET, "/protokoll")
            #expect(audit.status == .ok)
            #expect(audit.body.string.contains("intakt"))

            let token = try #require(browser.csrfToken(from: inbox))
            let logout = try await browser.request(.POST, "/abmelden", form: ["_csrf": token])
            #expect(logout.status == .seeOther)
            let after = try await browser.request(.GET, "/vorgaenge")
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location) == "/anmelden")
        }
    }

    @Test func applicantsSeeTheirCasesAndNotOthersCasePages() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            _ = try await browser.logIn("antrag2@demo.zuegig.de")
            let list = try await browser.request(.GET, "/vorgaenge").body.string
            #expect(list.contains("<h1>Meine Vorgänge</h1>"))
            #expect(!list.contains("href=\"/protokoll\""))
            let foreign = try await app.demoCaseID("Neubau Einfamilienhaus mit Garage")
            let page = try await browser.request(.GET, "/vorgaenge/\(foreign)")
            #expect(page.status == .notFound)
            #expect(!page.body.string.contains("Lindenweg"))
        }
    }

    @Test func registrationFormShowsFieldErrorsInGerman() async throws {
        try await TestApp.run { app in
            let browser = Browser(app)
            let form = try await browser.request(.GET, "/registrieren")
            let response = try await browser.request(.POST, "/registrieren", form: [
                "email": "kein-at-zeichen", "displayName": "Paula", "password": "kurz", "kind": "applicant",
                "_csrf": try #require(browser.csrfToken(from: form)),
            ])
            #expect(response.status == .badRequest)
            let html = response.body.string
            #expect(html.contains("Bitte geben Sie eine gültige E-Mail-Adresse an."))
            #expect(html.contains("aria-invalid=\"true\""))
            #expect(html.contains("value=\"Paula\""))
        }
    }
}
