import Foundation
import Portfolio

/// The server's gate to the portfolio's users. Until the users' part of the portfolio is in this build it refuses
/// every login, in the reader's words, rather than let anyone in.
public struct PortfolioLoginGate: LoginGate {
    let path: String

    public init(path: String) {
        self.path = path
    }

    public func logIn(name: String, password: String, at: Date) throws -> SignedInUser {
        throw PortfolioError.refused(Message("web.login.unavailable"))
    }
}
