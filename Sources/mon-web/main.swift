import Foundation
import MonWeb
import Portfolio

// mon-web is started by `mon serve`, which has checked its options and the database:
// `mon-web --db PATH --host ADDRESS --port N [--secure-cookies]`.
let arguments = ServerArguments(CommandLine.arguments.dropFirst())
let server = WebServer(databasePath: arguments.db, gate: PortfolioLoginGate(path: arguments.db), secureCookies: arguments.secureCookies)
do {
    try await server.run(host: arguments.host, port: arguments.port)
} catch {
    // What stops a server from starting is its address (not this machine's, or the port taken): said in one line,
    // as every mon command says what went wrong, never as SwiftNIO's own words or a trap.
    let message = (error as? PortfolioError)?.message
        ?? Message("web.cannot_listen", ["address": .text("\(arguments.host):\(arguments.port)")]).description
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}
