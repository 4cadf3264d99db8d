import Foundation

extension UserRepository {
    /// Failed logins in a row that lock a user, and for how long.
    static let failuresBeforeLock: Int64 = 5
    static let lockDuration: TimeInterval = 15 * 60

    /// Checks name and password, records the login or the failed login, and returns the user.
    /// Five failed logins in a row lock the user for 15 minutes (a correct password while locked is refused too);
    /// a disabled or unknown user, a wrong password and a locked user are refused with
    /// `PortfolioError.refused(Message)` in the reader's language — the same words for an unknown user, a wrong
    /// password and a locked or disabled user with a wrong password (do not tell an attacker which names exist,
    /// or that five guesses locked one); to one who gives the right password, locked says until when.
    ///
    ///     let user = try UserRepository(db).logIn(name: "kari", password: typed)
    ///     // later: SELECT at, outcome FROM access_event WHERE user_id = :id
    public func logIn(name: String, password: String, at: Date = Date()) throws -> WebUser {
        let now = AccessTime.text(at)
        // Bcrypt's quarter of a second is spent before the transaction, so that it holds no lock;
        // a name no user has is checked against a stand-in, so that its refusal takes as long.
        let candidate = try find(name)
        let matches = PasswordRules.matches(password, hash: candidate?.passwordHash ?? PasswordRules.standIn)
        // The attempt is recorded whatever its outcome: the refusal is thrown after the commit.
        let outcome: Result<WebUser, PortfolioError> = try db.write {
            guard let user = try find(name), let candidate, user.id == candidate.id else {
                try record(.failed, of: nil, at: now)
                return .failure(Self.wrongNameOrPassword)
            }
            return try settle(user, passwordMatches: matches && user.passwordHash == candidate.passwordHash, at: at)
        }
        return try outcome.get()
    }

    /// The words for an unknown name and for a wrong password alike.
    static let wrongNameOrPassword = PortfolioError.refused(Message("access.wrong_name_or_password"))

    /// A known user's attempt, its password checked: locked, wrong password, disabled, or logged in; recorded.
    private func settle(_ user: StoredUser, passwordMatches: Bool, at: Date) throws -> Result<WebUser, PortfolioError> {
        let now = AccessTime.text(at)
        if let until = user.lockedUntil, until > now {
            try record(.locked, of: user.id, at: now)
            return .failure(passwordMatches ? .refused(Message("access.locked", ["until": .moment(until)])) : Self.wrongNameOrPassword)
        }
        guard passwordMatches else {
            try record(.failed, of: user.id, at: now)
            return .failure(try countFailure(of: user, at: at))
        }
        guard user.disabledAt == nil else {
            // Said only to one who knows the password: to others a disabled user is as any wrong password.
            try record(.disabled, of: user.id, at: now)
            return .failure(.refused(Message("access.disabled", ["name": .text(user.name)])))
        }
        try db.connection.execute("""
            UPDATE web_user SET failed_logins = 0, locked_until = NULL WHERE id = ?
            """, [user.id])
        try record(.login, of: user.id, at: now)
        return .success(user.user(at: now))
    }

    /// One more failed login in a row; the fifth locks the user (and is refused in the same words as the others).
    private func countFailure(of user: StoredUser, at: Date) throws -> PortfolioError {
        // A disabled user cannot log in anyway: their row is not touched.
        guard user.disabledAt == nil else { return Self.wrongNameOrPassword }
        let failures = user.failedLogins + 1
        guard failures >= Self.failuresBeforeLock else {
            try db.connection.execute("UPDATE web_user SET failed_logins = ? WHERE id = ?", [failures, user.id])
            return Self.wrongNameOrPassword
        }
        let until = AccessTime.text(at.addingTimeInterval(Self.lockDuration))
        try db.connection.execute("UPDATE web_user SET failed_logins = 0, locked_until = ? WHERE id = ?", [until, user.id])
        return Self.wrongNameOrPassword
    }

    private func record(_ outcome: AccessOutcome, of userID: Int64?, at now: String) throws {
        try db.connection.execute("INSERT INTO access_event (user_id, at, outcome) VALUES (?, ?, ?)",
                                  [userID, now, outcome.rawValue])
    }
}

/// What became of an attempt to log in, as `access_event.outcome` stores it.
enum AccessOutcome: String {
    case login, failed, locked, disabled
}
