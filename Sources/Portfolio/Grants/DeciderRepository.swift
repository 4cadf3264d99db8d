import SQLite

/// Who may be named as having made a decision (`--decided-by`): styret, daglig
/// leder, administrasjonen, formannskapet, kommunestyret to begin with; a user
/// adds others. A name must be on the list, so that a typing slip does not
/// become a new decider that no question about "who decided" finds.
///
///     let deciders = DeciderRepository(db)
///     try deciders.add("arbeidsutvalget")
///     try deciders.resolve("Styret")   // "styret"
public struct DeciderRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Every decider, in Norwegian order.
    public func list() throws -> [String] {
        try db.connection.rows("SELECT name FROM decider ORDER BY name COLLATE norwegian").map { try $0.get(0) }
    }

    /// Adds a decider; refused when one of that name (any case) is on the list.
    public func add(_ name: String) throws {
        try db.write {
            let name = try Text.name(name, of: "text.what.decider")
            guard try db.connection.row("SELECT 1 FROM decider WHERE name = ?", [name]) == nil else {
                throw PortfolioError.refused(Message("decider.exists", ["name": .text(name)]))
            }
            try db.connection.execute("INSERT INTO decider (name) VALUES (?)", [name])
        }
    }

    /// The decider's name as listed; refused, naming those known, when it is not on the list.
    func resolve(_ name: String) throws -> String {
        if let row = try db.connection.row("SELECT name FROM decider WHERE name = ?", [name.trimmed]) {
            return try row.get(0)
        }
        throw PortfolioError.refused(Message("decider.unknown", ["name": .text(name.trimmed), "known": .list(try list().map { .text($0) })]))
    }
}
