import Foundation
import Portfolio

/// The server's gate to the portfolio's users (`mon user add`): each login opens a writable connection of its
/// own, used for nothing but recording the attempt, while every page reads through read-only connections.
///
///     let user = try PortfolioLoginGate(path: "mon.sqlite").logIn(name: "kari", password: typed, at: Date())
public struct PortfolioLoginGate: LoginGate {
    let path: String

    public init(path: String) {
        self.path = path
    }

    public func logIn(name: String, password: String, at: Date) throws -> SignedInUser {
        let user = try UserRepository(try PortfolioDatabase.open(path: path, actor: "mon-web")).logIn(name: name, password: password, at: at)
        return SignedInUser(name: user.name, role: user.role.rawValue)
    }
}
