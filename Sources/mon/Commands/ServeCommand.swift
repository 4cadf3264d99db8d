import ArgumentParser
import Foundation
import Portfolio

/// `mon serve`: runs `mon-web`, the server installed beside mon, so that mon itself links no SwiftNIO and
/// starts as fast as before. The database is checked here first, so a wrong `--db` reads as any command's error.
struct ServeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "serve", abstract: Help.text("help.serve.abstract"), discussion: Help.text("help.serve.discussion"))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: Help.argument("help.serve.host", valueName: "address")) var host = "127.0.0.1"
    @Option(help: Help.argument("help.serve.port", valueName: "port")) var port = 8080
    @Flag(help: Help.argument("help.serve.secure_cookies")) var secureCookies = false

    func run() throws {
        guard (1...65535).contains(port) else {
            throw PortfolioError.invalidInput(Message("web.port_out_of_range", ["port": .text(String(port))]))
        }
        let path = try global.openReadOnly().path
        let server = Self.serverPath()
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw PortfolioError.storage(.unavailable, Message("web.mon_web_missing", ["path": .text(server)]))
        }
        let arguments = [server, "--db", path, "--host", host, "--port", String(port)] + (secureCookies ? ["--secure-cookies"] : [])
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        // execv returns only when it failed.
        throw PortfolioError.storage(.unavailable, Message("web.mon_web_missing", ["path": .text(server)]))
    }

    /// `mon-web` in the folder of the running executable (`/proc/self/exe`, so a symlinked `mon` still finds it).
    static func serverPath() -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mon-web").path
    }
}
