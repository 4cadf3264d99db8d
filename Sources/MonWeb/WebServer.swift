import Foundation
import Hummingbird
import Portfolio
import Presentation

/// The portfolio in a browser: read-only pages over one database file, behind a login.
///
///     let server = WebServer(databasePath: "mon.sqlite", gate: gate, secureCookies: false)
///     try await server.run(host: "127.0.0.1", port: 8080)
public struct WebServer: Sendable {
    public let databasePath: String
    let gate: any LoginGate
    let secureCookies: Bool
    /// How many rows a page of a list shows.
    let pageSize: Int
    let sessions = SessionStore()
    let cache = FiguresCache()
    let counts = ListCounts()
    /// Each request reads through a connection kept open: opening the file costs more than most pages.
    let pool: ReadOnlyPool

    public init(databasePath: String, gate: any LoginGate, secureCookies: Bool, pageSize: Int = 100) {
        self.databasePath = databasePath
        self.pool = ReadOnlyPool(path: databasePath)
        self.gate = gate
        self.secureCookies = secureCookies
        self.pageSize = pageSize
    }

    /// Serves until the process is stopped.
    public func run(host: String, port: Int) async throws {
        let app = Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "mon-web"))
        // A server nobody is asking holds the file no longer than a command would: a backup put back then is read whole.
        let sweeper = Task { [pool] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                pool.closeIdle(olderThan: .seconds(2))
            }
        }
        defer { sweeper.cancel() }
        try await app.runService()
    }

    /// Every route; the tests drive it in-process.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: AccessMiddleware(sessions: sessions))
        router.add(middleware: ErrorPageMiddleware())
        router.get("/healthz") { request, _ in health(request) }
        LoginRoutes(gate: gate, sessions: sessions, secureCookies: secureCookies).add(to: router)
        router.get("/") { request, context in await list(request, context, name: "dashboard") { pages, _ in try await pages.dashboard() } }
        router.get("/grants") { request, context in await list(request, context, name: "grants") { try $0.grants($1) } }
        router.get("/projects") { request, context in await list(request, context, name: "projects") { try $0.projects($1) } }
        router.get("/plan") { request, context in await list(request, context, name: "plan") { pages, _ in try pages.plan() } }
        router.get("/public") { request, context in await list(request, context, name: "public") { pages, _ in try pages.publicList() } }
        router.get("/grants/{id}") { request, context in
            await record(request, context, name: "grant") { pages in try pages.grant(try id(context)) }
        }
        router.get("/projects/{id}") { request, context in
            await record(request, context, name: "project") { pages in try await pages.project(try id(context)) }
        }
        router.get("/rounds/{id}") { request, context in
            await record(request, context, name: "round") { pages in try pages.round(context.parameters.get("id") ?? "") }
        }
        router.get("/report") { request, context in await report(request, context) }
        return router
    }

    /// 200 `ok` when the file opens as a portfolio; 503 with the reason when it does not.
    private func health(_ request: Request) -> Response {
        do {
            _ = try PortfolioDatabase.openReadOnly(path: databasePath)
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: "ok\n")))
        } catch {
            let reason = PageError.message(error).text(in: WebLanguage.from(acceptLanguage: request.headers[.acceptLanguage]))
            return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: reason + "\n")))
        }
    }

    /// A list page, or with `?format=csv|xlsx|json` (and `part=` on a page of several) one of its sections as a file.
    private func list(_ request: Request, _ context: WebContext, name: String,
                      _ build: (PortfolioPages, [String: String]) async throws -> Page) async -> Response {
        await respond(request, context) { pages, query, language in
            let page = try await build(pages, query)
            guard let format = query["format"] else { return html(page, request, context, language) }
            let section = try Self.section(of: page, query["part"])
            return try Download.response(section, format: format, name: page.sections.count > 1 ? section.key : name, in: language)
        }
    }

    /// The section `part` names, or the first when none is named; a name no section has is refused with the names there are.
    private static func section(of page: Page, _ part: String?) throws -> PageSection {
        guard let part else { return page.sections[0] }
        guard let section = page.sections.first(where: { $0.key == part }) else {
            throw PortfolioError.invalidInput(Message("web.unknown_part", ["part": .text(part),
                                                                          "parts": .text(page.sections.map(\.key).joined(separator: ", "))]))
        }
        return section
    }

    /// A record page (a grant, a project, a round), or with `?format=json` its JSON as `show --format json` prints it.
    private func record(_ request: Request, _ context: WebContext, name: String,
                        _ build: (PortfolioPages) async throws -> (Page, JSON)) async -> Response {
        await respond(request, context) { pages, query, language in
            let (page, json) = try await build(pages)
            switch query["format"] {
            case nil: return html(page, request, context, language)
            case "json": return Download.json(json, name: name)
            case let other?: throw PortfolioError.invalidInput(Message("web.unknown_format", ["format": .text(other)]))
            }
        }
    }

    /// `/report`: the board report as `mon report --format html` writes it, made now from the file.
    private func report(_ request: Request, _ context: WebContext) async -> Response {
        await respond(request, context) { pages, _, _ in
            HTMLResponse.make(try HTMLReport.render(try BoardReport(pages.db)))
        }
    }

    private func respond(_ request: Request, _ context: WebContext,
                         _ make: (PortfolioPages, [String: String], Language) async throws -> Response) async -> Response {
        let language = WebLanguage.from(acceptLanguage: request.headers[.acceptLanguage])
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil { query[String(key)] = String(value) }
        do {
            let rows: PortfolioPages.Rows = query["format"] == nil ? .page(try PagingLinks.start(query), size: pageSize) : .whole
            return try await pool.read { db in
                try await make(PortfolioPages(db: db, today: .today(), rows: rows, cache: cache, counts: counts), query, language)
            }
        } catch {
            return PageError.page(PageError.message(error), status: PageError.status(error), request, user: context.user)
        }
    }

    private func html(_ page: Page, _ request: Request, _ context: WebContext, _ language: Language) -> Response {
        HTMLResponse.make(PageRenderer.html(page, path: request.uri.path, query: request.uri.query ?? "", user: context.user, in: language))
    }

    private func id(_ context: WebContext) throws -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text) else { throw PortfolioError.notFound(Message("web.not_found")) }
        return id
    }
}
