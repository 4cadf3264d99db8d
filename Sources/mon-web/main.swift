import Foundation
import MonWeb

// mon-web is started by `mon serve`, which has checked its options and the database:
// `mon-web --db PATH --host ADDRESS --port N [--secure-cookies]`.
let arguments = ServerArguments(CommandLine.arguments.dropFirst())
let server = WebServer(databasePath: arguments.db, gate: PortfolioLoginGate(path: arguments.db), secureCookies: arguments.secureCookies)
try await server.run(host: arguments.host, port: arguments.port)
