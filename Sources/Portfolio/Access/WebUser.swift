import Foundation

/// What a web user may see: the board, the fund's advisers, the auditor.
///
///     try UserRole(parsing: "rådgiver")   // .adviser
///     UserRole.board.words.text(in: .bokmal)   // "styre"
public enum UserRole: String, Sendable, CaseIterable {
    case board, adviser, auditor
}

extension UserRole: Choice {
    public static let catalogueName = "user_role"
}

/// A person who may log in to the web pages (`mon user add`). The password's
/// hash stays in the database: no value of this type carries it.
///
///     let user = try UserRepository(db).logIn(name: "kari", password: typed)
///     user.role   // .board
public struct WebUser: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let role: UserRole
    public let disabled: Bool
    /// When a lock after five failed logins ends; nil when the user is not locked (or no longer).
    public let lockedUntil: Date?

    public init(id: Int64, name: String, role: UserRole, disabled: Bool, lockedUntil: Date?) {
        self.id = id
        self.name = name
        self.role = role
        self.disabled = disabled
        self.lockedUntil = lockedUntil
    }
}

/// A line of `mon user list`: the user and when they last logged in.
///
///     try UserRepository(db).accounts().map(\.lastLogin)   // [nil, "2026-11-27T13:36:40.123Z"]
public struct UserAccount: Equatable, Sendable {
    public let user: WebUser
    /// When the user last logged in, UTC ISO as stored; nil when never.
    public let lastLogin: String?
    /// When the lock ends, UTC ISO as stored; nil when not locked at the moment the list was read.
    public let lockedUntil: String?
}
