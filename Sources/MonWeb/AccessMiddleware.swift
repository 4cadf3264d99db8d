import Foundation
import Hummingbird

/// Finds who is signed in from the session cookie; every page but the open ones sends a stranger to `/login`.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = WebContext
    /// The pages anyone may open: the public list, the health check, the login form itself.
    static let open: Set<String> = ["/public", "/healthz", "/login"]
    static let cookieName = "mon_session"
    let sessions: SessionStore

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, let user = await sessions.user(for: token, at: Date()) {
            context.user = user
            context.sessionToken = token
        }
        let path = request.uri.path.hasSuffix("/") && request.uri.path.count > 1 ? String(request.uri.path.dropLast()) : request.uri.path
        guard context.user != nil || Self.open.contains(path) else {
            return Response(status: .found, headers: [.location: "/login"])
        }
        return try await next(request, context)
    }
}
