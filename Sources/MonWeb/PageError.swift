import Hummingbird
import Portfolio

/// What a page shows and answers when it cannot be made: the portfolio's own sentence, never SQLite's.
enum PageError {
    static func message(_ error: Error) -> Message {
        (error as? PortfolioError)?.sentence ?? Message("web.failed")
    }

    static func status(_ error: Error) -> HTTPResponse.Status {
        // The served file gone is the server's trouble, not a page that does not exist: 503, as /healthz says.
        if (error as? PortfolioError)?.sentence.key == "database.not_found" { return .serviceUnavailable }
        return switch (error as? PortfolioError)?.kind {
        case .notFound?: .notFound
        case .invalidInput?, .refused?: .badRequest
        case .storage?: .serviceUnavailable
        case nil: .internalServerError
        }
    }

    /// The page that says it: the error page in the reader's language, with `status`.
    static func page(_ message: Message, status: HTTPResponse.Status, _ request: Request, user: SignedInUser?) -> Response {
        let language = WebLanguage.from(acceptLanguage: request.headers[.acceptLanguage])
        return HTMLResponse.make(PageRenderer.html(Page(title: Message("web.title.error")), path: request.uri.path, query: "", user: user,
                                                   in: language, error: message), status: status)
    }
}

/// A request no route answers (or one refused before its page is made, as a body too large) gets the error page in
/// the reader's language, as every other refusal does, not an empty answer.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext,
                next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            let message = error.status == .notFound ? Message("web.not_found")
                : Message("web.request_refused", ["reason": .text("\(error.status.code) \(error.status.reasonPhrase)")])
            return PageError.page(message, status: error.status, request, user: context.user)
        }
    }
}
