import Foundation
import SQLite

/// The web users: added and disabled from the command line, checked by the web
/// server at each login. Passwords are kept as bcrypt hashes only.
///
///     let users = UserRepository(db)
///     try users.add(name: "kari", role: .board, password: "korrekt hest batteri")
///     let kari = try users.logIn(name: "Kari", password: "korrekt hest batteri")   // records the login
///     try users.disable(name: "kari")
public struct UserRepository {
    let db: PortfolioDatabase
    /// The longest name, in characters, as the table's CHECK has it.
    static let longestName = 100
    /// Bcrypt's cost: 2^cost rounds per hash and per check.
    let cost: UInt8

    public init(_ db: PortfolioDatabase) {
        self.init(db, cost: PasswordRules.productionCost)
    }

    /// A lower cost lets tests hash quickly; bcrypt accepts 4 to 31.
    init(_ db: PortfolioDatabase, cost: UInt8) {
        self.db = db
        self.cost = cost
    }

    /// Adds a user with a bcrypt hash of the password (cost 12; tests may pass a lower cost through an internal init).
    /// Refused when another user has the name in any case, or the password breaks a rule (at least 10 characters).
    public func add(name: String, role: UserRole, password: String) throws -> WebUser {
        let name = try Text.name(name, of: "text.what.user")
        guard name.count <= Self.longestName else {
            throw PortfolioError.invalidInput(Message("access.name_long", ["maximum": .integer(Int64(Self.longestName))]))
        }
        // Hashed before the transaction: a quarter of a second that holds no lock.
        let hash = try PasswordRules.hash(password, cost: cost)
        return try db.write {
            let key = Text.nameKey(name)
            if let taken = try db.connection.rows("SELECT name FROM web_user").map({ try $0.get(0, as: String.self) })
                .first(where: { Text.nameKey($0) == key }) {
                throw PortfolioError.refused(Message("access.user_exists", ["name": .text(name), "taken": .text(taken)]))
            }
            try db.connection.execute("INSERT INTO web_user (name, role, password_hash) VALUES (?, ?, ?)",
                                      [name, role.rawValue, hash])
            return WebUser(id: db.connection.lastInsertedRowID, name: name, role: role, disabled: false, lockedUntil: nil)
        }
    }

    /// Every user, by name the Norwegian way; `lockedUntil` only while the lock lasts at `at`.
    public func list(at: Date = Date()) throws -> [WebUser] {
        try accounts(at: at).map(\.user)
    }

    /// Every user with their last login, by name the Norwegian way: `mon user list`.
    public func accounts(at: Date = Date()) throws -> [UserAccount] {
        let now = AccessTime.text(at)
        return try db.connection.rows("""
            SELECT id, name, role, disabled_at IS NOT NULL, CASE WHEN locked_until > ? THEN locked_until END,
                   (SELECT max(at) FROM access_event WHERE user_id = web_user.id AND outcome = 'login')
            FROM web_user ORDER BY name COLLATE norwegian, id
            """, [now]).map { row in
            let lockedUntil: String? = try row.get(4)
            let user = WebUser(id: try row.get(0), name: try row.get(1), role: try UserRole(parsing: try row.get(2)),
                               disabled: try row.get(3), lockedUntil: lockedUntil.flatMap(AccessTime.date))
            return UserAccount(user: user, lastLogin: try row.get(5), lockedUntil: lockedUntil)
        }
    }

    /// Disables a user: no login succeeds after it. Refused for a name no user has, or one already disabled.
    public func disable(name: String) throws {
        try db.write {
            let user = try stored(name)
            guard user.disabledAt == nil else {
                throw PortfolioError.refused(Message("access.already_disabled", ["name": .text(user.name)]))
            }
            try db.connection.execute("UPDATE web_user SET disabled_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
                                      [user.id])
        }
    }

    /// A user as stored, found by name in any case; not found: refused naming the name typed.
    func stored(_ name: String) throws -> StoredUser {
        guard let user = try find(name) else {
            throw PortfolioError.notFound(Message("access.no_user", ["name": .text(name.trimmed)]))
        }
        return user
    }

    /// The user whose name is `name` in any case (Unicode case folding, as `add` compares).
    func find(_ name: String) throws -> StoredUser? {
        let key = Text.nameKey(name)
        for row in try db.connection.rows(
            "SELECT id, name, role, password_hash, disabled_at, failed_logins, locked_until FROM web_user") {
            let user = try StoredUser(row)
            if Text.nameKey(user.name) == key { return user }
        }
        return nil
    }
}

/// A user's row, the hash with it: never leaves the Access folder.
struct StoredUser {
    let id: Int64
    let name: String
    let role: UserRole
    let passwordHash: String
    let disabledAt: String?
    let failedLogins: Int64
    let lockedUntil: String?

    init(_ row: Row) throws {
        id = try row.get(0)
        name = try row.get(1)
        role = try UserRole(parsing: try row.get(2))
        passwordHash = try row.get(3)
        disabledAt = try row.get(4)
        failedLogins = try row.get(5)
        lockedUntil = try row.get(6)
    }

    /// The user as the rest of mon sees it; locked only while the lock lasts at `now`.
    func user(at now: String) -> WebUser {
        WebUser(id: id, name: name, role: role, disabled: disabledAt != nil,
                lockedUntil: lockedUntil.flatMap { $0 > now ? AccessTime.date($0) : nil })
    }
}
