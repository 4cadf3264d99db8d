import HummingbirdBcrypt

/// The rules a web user's password meets, and its bcrypt hash.
///
///     let hash = try PasswordRules.hash("korrekt hest batteri", cost: 12)
///     PasswordRules.matches("korrekt hest batteri", hash: hash)   // true
enum PasswordRules {
    static let minimumLength = 10
    /// Bcrypt reads at most 72 bytes: a longer password would be cut without a word, so it is refused.
    static let maximumBytes = 72
    /// The cost in production: 2¹² rounds, a quarter of a second or so per check.
    static let productionCost: UInt8 = 12

    /// The hash of a password that meets the rules; refused, saying which rule, when it does not.
    static func hash(_ password: String, cost: UInt8) throws -> String {
        guard password.count >= minimumLength else {
            throw PortfolioError.invalidInput(Message("access.password_short", ["minimum": .integer(Int64(minimumLength))]))
        }
        guard password.utf8.count <= maximumBytes else {
            throw PortfolioError.invalidInput(Message("access.password_long", ["maximum": .integer(Int64(maximumBytes))]))
        }
        guard !password.unicodeScalars.contains(where: Text.isControl) else {
            throw PortfolioError.invalidInput(Message("access.password_control"))
        }
        return Bcrypt.hash(password, cost: cost)
    }

    static func matches(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// A hash of a random text, made once per process at the production cost:
    /// checked when a name no user has is typed, so that the refusal takes as
    /// long as a wrong password's and its time does not tell which names exist.
    static let standIn = Bcrypt.hash((0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined(),
                                     cost: productionCost)
}
