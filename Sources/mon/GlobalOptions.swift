import ArgumentParser
import Foundation
import Portfolio

/// `--db` and `--actor`, accepted before or after the command's name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        Help.text("help.global.db"), discussion: Help.text("help.global.db.discussion"), valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(
        Help.text("help.global.actor"), discussion: Help.text("help.global.actor.discussion"), valueName: "name"))
    var actor: String?

    /// `--db`, else `$MON_DB`, else the XDG data folder; that last folder is
    /// created when missing only for a command that creates the database.
    func databasePath(creatingFolder: Bool = false,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> String {
        if let db, !db.isEmpty { return db }
        if let path = environment["MON_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        let folder = (dataHome as NSString).appendingPathComponent("mon")
        if creatingFolder {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw PortfolioError.storage(.unavailable, Message("cli.default_folder_not_made", ["folder": .text(folder)]))
            }
        }
        return (folder as NSString).appendingPathComponent("mon.sqlite")
    }

    /// `--actor`, else `$MON_ACTOR`, else the login name.
    func actorName(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let actor, !actor.isEmpty { return actor }
        if let actor = environment["MON_ACTOR"], !actor.isEmpty { return actor }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "unknown"
    }

    /// The database, which must exist: only `init` and `demo --db` make one.
    func open() throws -> PortfolioDatabase {
        try PortfolioDatabase.open(path: databasePath(), actor: actorName())
    }

    /// The database, created when missing (`init`, `demo --db`).
    func create() throws -> PortfolioDatabase {
        try PortfolioDatabase.create(path: databasePath(creatingFolder: true), actor: actorName())
    }

    /// The database, opened so that nothing can be written.
    func openReadOnly() throws -> PortfolioDatabase {
        try PortfolioDatabase.openReadOnly(path: databasePath())
    }
}
