import Foundation
import Portfolio

/// Who is signed in: what a page needs of a web user.
public struct SignedInUser: Sendable, Equatable {
    public let name: String
    public let role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }
}

/// Checks a name and password and records the attempt; refusals are `PortfolioError.refused` in the reader's
/// language. The server's gate is the portfolio's users (a writable connection used for nothing else).
///
///     let user = try gate.logIn(name: "kari", password: "…", at: Date())
public protocol LoginGate: Sendable {
    func logIn(name: String, password: String, at: Date) throws -> SignedInUser
}
