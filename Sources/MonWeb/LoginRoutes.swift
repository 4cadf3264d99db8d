import Foundation
import Hummingbird
import Portfolio

/// `/login` (the form, and its POST with `username` and `password`) and `/logout`.
struct LoginRoutes {
    let gate: any LoginGate
    let sessions: SessionStore
    let secureCookies: Bool

    func add(to router: Router<WebContext>) {
        router.get("/login") { request, context in
            form(request, context, error: nil, status: .ok)
        }
        router.post("/login") { request, context in
            try await logIn(request, context)
        }
        router.post("/logout") { _, context in
            if let token = context.sessionToken { await sessions.close(token) }
            var response = Response(status: .seeOther, headers: [.location: "/login"])
            response.setCookie(cookie("", maxAge: 0))
            return response
        }
    }

    private func logIn(_ request: Request, _ context: WebContext) async throws -> Response {
        let fields = FormBody.fields(String(buffer: try await request.body.collect(upTo: 16 * 1024)))
        do {
            let user = try gate.logIn(name: fields["username"] ?? "", password: fields["password"] ?? "", at: Date())
            let token = await sessions.open(for: user, at: Date())
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(cookie(token, maxAge: nil))
            return response
        } catch let error as PortfolioError {
            return form(request, context, error: error.sentence, status: .unauthorized)
        }
    }

    private func form(_ request: Request, _ context: WebContext, error: Message?, status: HTTPResponse.Status) -> Response {
        let language = WebLanguage.from(acceptLanguage: request.headers[.acceptLanguage])
        let html = PageRenderer.html(Page(title: Message("web.title.login")), path: "/login", query: "", user: context.user,
                                     in: language, login: true, error: error)
        return HTMLResponse.make(html, status: status)
    }

    /// HttpOnly and SameSite=Strict always; Secure when the server sits behind TLS (`--secure-cookies`).
    private func cookie(_ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: AccessMiddleware.cookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookies,
               httpOnly: true, sameSite: .strict)
    }
}

/// An `application/x-www-form-urlencoded` body's fields: `+` is a space, `%HH` a byte.
///
///     FormBody.fields("username=kari&password=a%26b")   // ["username": "kari", "password": "a&b"]
enum FormBody {
    static func fields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decoded(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let name = parts.first else { continue }
            fields[decoded(name)] = parts.count > 1 ? decoded(parts[1]) : ""
        }
        return fields
    }
}

/// An HTML page as a response.
enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
