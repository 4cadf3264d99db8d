import Hummingbird
import Logging
import MonWeb
import NIOCore
import NIOEmbedded

/// What the router answered: status, headers, the whole body.
struct WebResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

/// Sends requests straight to the server's router, in-process, as a browser would send them; no socket is opened.
///
///     let page = try await client.execute(uri: "/healthz", method: .get) { String(buffer: $0.body) }
struct RouterClient: Sendable {
    let responder: RouterResponder<WebContext>

    @discardableResult
    func execute<Value>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                        _ check: (WebResponse) throws -> Value = { $0 }) async throws -> Value {
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = WebContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test")))
        let response = try await responder.respond(to: request, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return try check(WebResponse(status: response.status, headers: response.headers, body: collector.buffer))
    }
}

/// Gathers a response's body; a class, for the body's writer is handed over and not given back.
final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
